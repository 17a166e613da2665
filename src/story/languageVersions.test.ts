import { describe, expect, it } from "vitest";
import { defaultVersion, listedStories, slideAlternates, versionSlide } from "./languageVersions";
import type { StoryVersion } from "./storyTypes";

const version = (
  slug: string,
  lang: string,
  slideCount: number,
  published = "2024-02-05T06:15:00+07:00",
): StoryVersion => ({ slug, lang, name: lang, published, slideCount });

const ENGLISH = version("market", "en", 4, "2024-02-05T07:00:00+07:00");
const KOREAN = version("sijang", "ko", 5, "2024-02-05T06:30:00+07:00");
const VIETNAMESE = version("cho", "vi-VN", 5, "2024-02-05T06:15:00+07:00");

describe("versionSlide", () => {
  it.each([
    [1, 5, 1],
    [3, 5, 3],
    [5, 5, 5],
    [5, 4, 4],
    [7, 4, 4],
    [2, 1, 1],
  ])("stands slide %i for slide … of a version of %i slides: %i", (number, count, expected) => {
    expect(versionSlide({ slideCount: count }, number)).toBe(expected);
  });
});

describe("defaultVersion", () => {
  it.each([
    ["en", ENGLISH],
    ["vi", VIETNAMESE],
    ["ko", KOREAN],
    // No version in Arabic: the first published, the original as a rule.
    ["ar", VIETNAMESE],
  ] as const)("for a site in %s is %o", (siteLanguage, expected) => {
    expect(defaultVersion([ENGLISH, KOREAN, VIETNAMESE], siteLanguage)).toBe(expected);
  });

  it("orders versions published at the same time by slug", () => {
    const first = version("b-story", "ko", 3);
    const second = version("a-story", "vi", 3);
    expect(defaultVersion([first, second], "ar")).toBe(second);
  });

  it("is none for a story without versions", () => {
    expect(defaultVersion([], "en")).toBeUndefined();
  });
});

describe("slideAlternates", () => {
  const versions = [ENGLISH, KOREAN, VIETNAMESE];

  it("names the same slide in every version, then x-default", () => {
    expect(slideAlternates(versions, 3, "en")).toEqual([
      { hreflang: "en", path: "/market/3" },
      { hreflang: "ko", path: "/sijang/3" },
      { hreflang: "vi-VN", path: "/cho/3" },
      { hreflang: "x-default", path: "/market/3" },
    ]);
  });

  it("names the nearest slide of a shorter version, and slide 1 by the story's own address", () => {
    expect(slideAlternates(versions, 5, "vi")).toEqual([
      { hreflang: "en", path: "/market/4" },
      { hreflang: "ko", path: "/sijang/5" },
      { hreflang: "vi-VN", path: "/cho/5" },
      { hreflang: "x-default", path: "/cho/5" },
    ]);
    expect(slideAlternates(versions, 1, "en")[0]).toEqual({ hreflang: "en", path: "/market" });
  });

  it("is empty for a story with no other version", () => {
    expect(slideAlternates([], 2, "en")).toEqual([]);
    expect(slideAlternates([ENGLISH], 2, "en")).toEqual([]);
  });
});

describe("listedStories", () => {
  const story = (slug: string, versions: StoryVersion[] = []) => ({ slug, versions });
  const group = [ENGLISH, KOREAN, VIETNAMESE];
  const stories = [
    story("cho", group),
    story("alone"),
    story("market", group),
    story("sijang", group),
  ];

  it("lists a story in several languages once, in the site's language, with the others", () => {
    expect(
      listedStories(stories, "en").map(({ story, others }) => [
        story.slug,
        others.map((other) => other.slug),
      ]),
    ).toEqual([
      ["alone", []],
      ["market", ["sijang", "cho"]],
    ]);
  });

  it("lists the x-default version when none is in the site's language", () => {
    expect(listedStories(stories, "ar").map(({ story }) => story.slug)).toEqual(["cho", "alone"]);
  });
});
