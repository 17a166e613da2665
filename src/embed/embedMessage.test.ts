import { describe, expect, it } from "vitest";
import { MIN_EMBED_HEIGHT, embedMessage, isEmbedMessage, wantedHeight } from "./embedMessage";

describe("embedMessage", () => {
  it("has the documented shape, and nothing else", () => {
    expect(embedMessage("hanoi-summit", 3, 7, 480)).toEqual({
      type: "photostory:embed",
      version: 1,
      story: "hanoi-summit",
      slide: 3,
      slides: 7,
      height: 480,
    });
  });

  it("is recognised by the host's check, which refuses anything else", () => {
    expect(isEmbedMessage(embedMessage("a", 1, 2, 400))).toBe(true);
    expect(isEmbedMessage({ ...embedMessage("a", 1, 2, 400), version: 2 })).toBe(false);
    expect(isEmbedMessage({ ...embedMessage("a", 1, 2, 400), slide: "1" })).toBe(false);
    expect(isEmbedMessage({ type: "photostory:embed" })).toBe(false);
    expect(isEmbedMessage("photostory:embed")).toBe(false);
    expect(isEmbedMessage(null)).toBe(false);
  });
});

describe("wantedHeight", () => {
  it.each([
    [640, { width: 1600, height: 1200 }, 480],
    [390, { width: 1200, height: 1600 }, 520],
    [300, { width: 1600, height: 900 }, MIN_EMBED_HEIGHT],
    [640, undefined, MIN_EMBED_HEIGHT],
    [640, { width: 0, height: 100 }, MIN_EMBED_HEIGHT],
  ])("at width %i with photo %j is %i", (width, photo, height) => {
    expect(wantedHeight(width, photo)).toBe(height);
  });
});
