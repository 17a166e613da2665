import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import { pageDirection, pageLanguage } from "./pageLanguage";

const STORIES = [
  makeStory(7, "hanoi-summit"),
  makeStory(3, "hoi-nghi", undefined, "vi-VN"),
  makeStory(3, "hoedam", undefined, "ko"),
  makeStory(3, "qimma", undefined, "ar"),
  makeStory(3, "sommet", undefined, "fr"),
];

describe("pageLanguage", () => {
  it.each([
    ["/", "ko"],
    ["/hanoi-summit", "en"],
    ["/hanoi-summit/7", "en"],
    ["/hoi-nghi", "vi"],
    ["/hoi-nghi/2", "vi"],
    ["/hoi-nghi/02", "vi"],
    ["/hoi-nghi/2/", "vi"],
    ["/hoi-nghi//3", "vi"],
    ["/hoedam/3", "ko"],
    ["/qimma/1", "ar"],
    // An embed keeps its story's language.
    ["/embed/hoi-nghi/2", "vi"],
    ["/embed/qimma/1", "ar"],
    // The ending speaks its story's language; a number past the last slide is still not found.
    ["/hoi-nghi/end", "vi"],
    ["/qimma/end/", "ar"],
    // A language with no catalogue falls back to English, not to the site's language.
    ["/sommet", "en"],
    // Not-found pages, in a story's folder or not, speak the site's language.
    ["/hoi-nghi/4", "ko"],
    ["/hoi-nghi/0", "ko"],
    ["/hoi-nghi/abc", "ko"],
    ["/hoi-nghi/2/more", "ko"],
    ["/embed/hoi-nghi/end", "ko"],
    ["/nope", "ko"],
    ["/404", "ko"],
  ])("%s is in %s", (path, language) => {
    expect(pageLanguage(STORIES, path, "ko")).toBe(language);
  });
});

describe("pageDirection", () => {
  const stories = [...STORIES, { ...makeStory(3, "sipur"), lang: "he", dir: "rtl" as const }];

  it.each([
    ["/", "en", "ltr"],
    ["/", "ar", "rtl"],
    ["/qimma", "en", "rtl"],
    ["/qimma/3", "en", "rtl"],
    ["/sipur/2", "en", "rtl"],
    ["/qimma/end", "en", "rtl"],
    ["/hoi-nghi/2", "ar", "ltr"],
    // Pages that are no story's slide follow the site's language.
    ["/qimma/4", "en", "ltr"],
    ["/qimma/4", "ar", "rtl"],
    ["/nope", "ar", "rtl"],
  ] as const)("%s on a site in %s runs %s", (path, siteLanguage, direction) => {
    expect(pageDirection(stories, path, siteLanguage)).toBe(direction);
  });
});
