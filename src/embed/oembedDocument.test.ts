import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import { oembedDocument, oembedLink, oembedPath } from "./oembedDocument";

const SAY = {
  siteTitle: "Photo stories",
  slideTitle: (title: string, slide: number, count: number, headline: string) =>
    `${title} (${slide}/${count}) · ${headline}`,
};

describe("oembedPath", () => {
  it("is a static JSON file per slide", () => {
    expect(oembedPath("hanoi-summit", 3)).toBe("/oembed/hanoi-summit/3.json");
  });
});

describe("oembedDocument", () => {
  const site = { origin: "https://stories.example.org", base: "/news/" };
  const story = makeStory(5);
  const document = oembedDocument(site, story, 3, SAY);

  it("is a rich oEmbed 1.0 response named after the slide and the site", () => {
    expect(document).toMatchObject({
      type: "rich",
      version: "1.0",
      title: `${story.slides[2]?.title} (3/5) · ${story.headline}`,
      provider_name: "Photo stories",
      provider_url: "https://stories.example.org/news/",
      width: 640,
      height: 800,
    });
  });

  it("embeds that very slide, at an absolute address under the base path", () => {
    expect(document.html).toContain('src="https://stories.example.org/news/embed/a-story/3"');
  });

  it("shows the slide's share image as its thumbnail", () => {
    expect(document.thumbnail_url).toBe("https://stories.example.org/assets/photo-3-960.jpg");
    expect(document.thumbnail_width).toBe(960);
    expect(document.thumbnail_height).toBe(640);
  });

  it("refuses a slide the story does not have", () => {
    expect(() => oembedDocument(site, story, 6, SAY)).toThrow("a-story has no slide 6");
  });
});

describe("oembedLink", () => {
  it("points a slide's page at its oEmbed document, absolute under the base path", () => {
    const site = { origin: "https://example.org", base: "/news/" };
    expect(oembedLink(site, makeStory(5), 3, 'The "press"')).toBe(
      '<link rel="alternate" type="application/json+oembed" ' +
        'href="https://example.org/news/oembed/a-story/3.json" title="The &quot;press&quot;">',
    );
  });
});
