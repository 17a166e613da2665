import { describe, expect, it } from "vitest";
import type { StoryVersion } from "../story/storyTypes";
import { otherStories } from "./otherStories";

const version = (slug: string, lang: string, published: string): StoryVersion => ({
  slug,
  lang,
  name: lang,
  published,
  slideCount: 3,
});

const story = (slug: string, published: string, versions: readonly StoryVersion[] = []) => ({
  slug,
  published,
  versions,
});

// A story in three languages: the list shows it once, in the site's language.
const MARKET_EN = version("market", "en", "2024-02-05T07:00:00+07:00");
const MARKET_VI = version("cho", "vi", "2024-02-05T06:15:00+07:00");
const MARKET_KO = version("sijang", "ko", "2024-02-05T06:30:00+07:00");
const MARKET = [MARKET_EN, MARKET_VI, MARKET_KO];

const SUMMIT = story("hanoi-summit", "2019-02-27T07:56:00-08:00");
const FLOOD = story("flood", "2023-09-10T12:00:00+02:00");
// Later in absolute time than the flood, though its local date reads earlier.
const FERRY = story("ferry", "2023-09-10T08:00:00-08:00");
const STORIES = [
  SUMMIT,
  story("market", MARKET_EN.published, MARKET),
  story("cho", MARKET_VI.published, MARKET),
  story("sijang", MARKET_KO.published, MARKET),
  FLOOD,
  FERRY,
];

const slugs = (stories: readonly { slug: string }[]) => stories.map(({ slug }) => slug);

describe("otherStories", () => {
  it.each([
    ["hanoi-summit", ["market", "ferry", "flood"]],
    ["flood", ["market", "ferry", "hanoi-summit"]],
    // The story being read is left out in every one of its languages.
    ["market", ["ferry", "flood", "hanoi-summit"]],
    ["cho", ["ferry", "flood", "hanoi-summit"]],
    ["sijang", ["ferry", "flood", "hanoi-summit"]],
  ])("after %s offers %j, newest first", (slug, expected) => {
    const current = STORIES.find((candidate) => candidate.slug === slug);
    if (!current) throw new Error(`no story ${slug}`);
    expect(slugs(otherStories(STORIES, current, "en"))).toEqual(expected);
  });

  it("shows a story in several languages in the site's language", () => {
    expect(slugs(otherStories(STORIES, SUMMIT, "vi"))).toEqual(["cho", "ferry", "flood"]);
  });

  it("orders stories published at the same moment by slug", () => {
    const stories = [story("b", "2020-01-01T00:00:00Z"), story("a", "2020-01-01T01:00:00+01:00")];
    expect(slugs(otherStories(stories, SUMMIT, "en"))).toEqual(["a", "b"]);
  });

  it("offers nothing when the story is the only one", () => {
    expect(otherStories([SUMMIT], SUMMIT, "en")).toEqual([]);
  });
});
