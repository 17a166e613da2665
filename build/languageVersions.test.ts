import { describe, expect, it } from "vitest";
import type { StorySource } from "../src/story/storySchema.ts";
import { languageVersions, versionProblems } from "./languageVersions.ts";
import type { StoryFolder } from "./readStoryFolder.ts";

/** A story folder as the build has read it: a text-only story of `count` slides. */
function folder(slug: string, lang: string, count: number, versions?: string[]): StoryFolder {
  const story: StorySource = {
    slug,
    lang,
    ...(versions ? { versions } : {}),
    headline: `Headline of ${slug}`,
    standfirst: "What it is about.",
    published: "2024-02-05T06:15:00+07:00",
    timeZoneLabel: "ICT",
    slides: Array.from({ length: count }, (_, index) => ({
      title: `Slide ${index + 1}`,
      body: ["Text."],
    })),
  };
  return { file: `/site/stories/${slug}/story.json`, story, images: [] };
}

describe("languageVersions", () => {
  it("links versions named on either side, each with its own name and length", () => {
    const folders = [
      folder("cho-hoa", "vi", 5, ["flower-market"]),
      folder("flower-market", "en", 4),
      folder("kkot-sijang", "ko", 5, ["cho-hoa"]),
      folder("hadiqa", "ar", 5),
    ];
    const versions = languageVersions(folders);
    const group = [
      { slug: "flower-market", lang: "en", name: "English", slideCount: 4 },
      { slug: "kkot-sijang", lang: "ko", name: "한국어", slideCount: 5 },
      { slug: "cho-hoa", lang: "vi", name: "Tiếng Việt", slideCount: 5 },
    ].map((version) => ({ ...version, published: "2024-02-05T06:15:00+07:00" }));
    for (const slug of ["cho-hoa", "flower-market", "kkot-sijang"])
      expect(versions.get(slug)).toEqual(group);
    expect(versions.get("hadiqa")).toEqual([]);
  });

  it("gives a story that names no version and is named by none no versions", () => {
    expect(languageVersions([folder("alone", "en", 3)]).get("alone")).toEqual([]);
  });
});

describe("versionProblems", () => {
  it("finds none in stories that name each other rightly", () => {
    const folders = [folder("a-en", "en", 2, ["a-vi"]), folder("a-vi", "vi", 2, ["a-en"])];
    expect(versionProblems(folders, "/site")).toEqual([]);
  });

  it("names the file and field of a slug that is no story, and of the story's own", () => {
    const folders = [folder("a-en", "en", 2, ["a-xx", "a-en"]), folder("a-vi", "vi", 2)];
    expect(versionProblems(folders, "/site")).toEqual([
      'stories/a-en/story.json: field versions.0: "a-xx" is not the slug of any story (the stories are: a-en, a-vi)\n' +
        'stories/a-en/story.json: field versions.1: "a-en" is this story\'s own slug',
    ]);
  });

  it("refuses two versions of one story in the same language, linked through a third", () => {
    const folders = [
      folder("a-en", "en", 2),
      folder("a-vi", "vi", 2, ["a-en"]),
      folder("a-vi-2", "vi", 2, ["a-en"]),
    ];
    expect(versionProblems(folders, "/site")).toEqual([
      'stories/a-vi-2/story.json: field lang: "vi" is also the language of stories/a-vi/story.json, a version of the same story; each language has one version',
    ]);
  });
});
