import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import { embedHead } from "./embedHead";

const say = { slideTitle: (title: string) => title };

describe("embedHead", () => {
  const head = embedHead({ origin: "https://example.org", base: "/news/" }, makeStory(5), 3, say);

  it("keeps the embed out of search results, pointing at the slide's own page", () => {
    expect(head).toContain('<meta name="robots" content="noindex">');
    expect(head).toContain('<link rel="canonical" href="https://example.org/news/a-story/3">');
  });

  it("preloads the slide's photo, as the slide's page does", () => {
    expect(head).toContain('rel="preload"');
  });
});
