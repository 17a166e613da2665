import { describe, expect, it } from "vitest";
import { slugify, slugProblem, storyFileNames } from "./photoFileNames";

describe("slugify", () => {
  it.each<[string, string]>([
    ["Hanoi summit", "hanoi-summit"],
    ["Hà Nội, Đống Đa 2019!", "ha-noi-dong-da-2019"],
    ["  --Straße & Ærø--  ", "strasse-aero"],
    ["2019_02_27", "2019-02-27"],
    ["김정은", ""],
  ])("makes %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("slugProblem", () => {
  it.each<[string, string | undefined]>([
    ["hanoi-summit", undefined],
    ["Hanoi", "must be lowercase letters and digits, words joined by -"],
    ["a--b", "must be lowercase letters and digits, words joined by -"],
    ["", "must not be empty"],
  ])("says of %j: %s", (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});

describe("storyFileNames", () => {
  it.each<[string, string[], string[]]>([
    [
      "keeps names the schema allows",
      ["01-arrival.jpg", "IMG_0042.JPG", "map.svg"],
      ["01-arrival.jpg", "IMG_0042.JPG", "map.svg"],
    ],
    [
      "spells others in ASCII",
      ["Hà Nội 1.jpeg", "photo (2).PNG"],
      ["Ha-Noi-1.jpeg", "photo-2.png"],
    ],
    ["names a photo of no ASCII letter", ["김정은.webp"], ["photo.webp"]],
    [
      "never gives two photos one name",
      ["a b.jpg", "a-b.jpg", "a  b.jpg"],
      ["a-b-2.jpg", "a-b.jpg", "a-b-3.jpg"],
    ],
    ["nor two names that differ only in case", ["A.jpg", "a.jpg"], ["A.jpg", "a-2.jpg"]],
  ])("%s", (_, names, expected) => {
    expect(storyFileNames(names)).toEqual(expected);
  });
});
