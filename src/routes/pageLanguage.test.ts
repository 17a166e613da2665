import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import { pageLanguage } from "./pageLanguage";

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
    // A language with no catalogue falls back to English, not to the site's language.
    ["/sommet", "en"],
    // Not-found pages, in a story's folder or not, speak the site's language.
    ["/hoi-nghi/4", "ko"],
    ["/hoi-nghi/0", "ko"],
    ["/hoi-nghi/abc", "ko"],
    ["/hoi-nghi/2/more", "ko"],
    ["/nope", "ko"],
    ["/404", "ko"],
  ])("%s is in %s", (path, language) => {
    expect(pageLanguage(STORIES, path, "ko")).toBe(language);
  });
});
