import { describe, expect, it } from "vitest";
import { readingContext } from "./readingContext";

const STORY = { slug: "hanoi-summit", lang: "en", slides: [{}, {}, {}] } as const;

describe("readingContext", () => {
  it.each([
    ["/hanoi-summit", false],
    ["/hanoi-summit/3", false],
    ["/embed", true],
    ["/embed/hanoi-summit/3", true],
    ["/embedded/3", false],
    ["/hanoi-summit/embed", false],
  ])("at %s says embed: %s", (pathname, embed) => {
    expect(readingContext(STORY as never, pathname).embed).toBe(embed);
  });

  it("names the story, its size and language, and no reader", () => {
    expect(readingContext(STORY as never, "/hanoi-summit/2")).toEqual({
      v: 1,
      story: "hanoi-summit",
      slides: 3,
      lang: "en",
      embed: false,
    });
  });
});
