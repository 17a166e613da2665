import { describe, expect, it } from "vitest";
import { editDistance, meant, unknownFields } from "./unknownFields";

describe("editDistance", () => {
  it.each([
    ["caption", "caption", 0],
    ["captoin", "caption", 1],
    ["captio", "caption", 1],
    ["credits", "credit", 1],
    ["slug", "lang", 3],
  ])("from %s to %s is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe("meant", () => {
  it.each([
    ["captoin", "caption"],
    ["Alt", "alt"],
    ["author", undefined],
    ["x2", undefined],
  ])("takes %s for %s", (key, expected) => {
    expect(meant(key, ["title", "image", "caption", "body", "alt"])).toBe(expected);
  });
});

describe("unknownFields", () => {
  const known = ["title", "image", "caption", "body"];

  it("suggests the field a misspelt one meant", () => {
    expect(unknownFields(["captoin"], known)).toBe(
      'has an unknown field "captoin" (did you mean "caption"?)',
    );
  });

  it("lists the known fields when it cannot guess", () => {
    expect(unknownFields(["captoin", "author"], known)).toBe(
      'has unknown fields "captoin" (did you mean "caption"?) and "author"; the fields are title, image, caption, body',
    );
  });
});
