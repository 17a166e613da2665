import { describe, expect, it } from "vitest";
import { storySchema } from "../src/story/storySchema";
import { captionOverflow, lineCount, STYLES, TEXT_BOX } from "./readMoreEstimate";

const words = (count: number, word = "abcd") => Array.from({ length: count }, () => word).join(" ");

describe("lineCount", () => {
  // A caption glyph is 0.55 × 18 = 9.9 px, so 32 fit in the 320 px box; "abcd " is 5 of them.
  it.each<[string, string, number]>([
    ["no text", "", 0],
    ["one word", "abcd", 1],
    ["six words, 29 glyphs", words(6), 1],
    ["seven words, 34 glyphs", words(7), 2],
    ["thirteen words", words(13), 3],
    ["a 32-glyph word", "a".repeat(32), 1],
    ["a 33-glyph word, broken anywhere", "a".repeat(33), 2],
    ["a long word after a short one", `ab ${"a".repeat(40)}`, 3],
    ["line breaks and runs of spaces, which collapse", "abcd\n\n  abcd\tabcd", 1],
    ["combining accents, which take no room", "cafe\u0301 ".repeat(6).trim(), 1],
    ["wide CJK characters, an em each", "金".repeat(20), 2],
  ])("counts %s", (_, text, lines) => {
    expect(lineCount(text, STYLES.caption)).toBe(lines);
  });

  it("lays the box out at the phone's width less the panel's padding", () => {
    expect(TEXT_BOX).toEqual({ width: 320, height: 640 * 0.42 });
  });
});

function story(caption: string | undefined, body: string[] = [], index = 1) {
  const slide = {
    title: "Second",
    image: { src: "a.jpg", alt: "A photo of a thing" },
    caption,
    body,
  };
  const cover = {
    title: "Cover",
    image: { src: "a.jpg", alt: "A photo of a thing" },
    caption: "Short.",
  };
  return {
    index,
    story: storySchema.parse({
      ...{ slug: "a", lang: "en", headline: "Short", standfirst: "Short too." },
      ...{ published: "2019-02-27T07:56:00-08:00", timeZoneLabel: "PT" },
      slides:
        index === 0
          ? [{ ...slide, title: "Cover" }]
          : [cover, caption ? slide : { title: "T", body: ["x"] }],
    }),
  };
}

describe("captionOverflow", () => {
  it.each<[string, ReturnType<typeof story>, "none" | "cut" | "hidden"]>([
    ["a slide with no caption", story(undefined), "none"],
    ["a caption that fits", story(words(30)), "none"],
    ["a caption that fits above a long body", story(words(30), [words(200)]), "none"],
    ["a caption of 14 lines", story(words(14 * 6)), "cut"],
    // Eight lines end 234 px down: in the box, but in the last 56 px, which fade out when clipped.
    ["a caption of 8 lines alone", story(words(6 * 8)), "none"],
    ["a caption of 8 lines above a long body", story(words(6 * 8), [words(100)]), "cut"],
    ["a cover whose caption fits", story(words(20), [], 0), "none"],
  ])("finds %s", (_, { story: read, index }, expected) => {
    const overflow = captionOverflow(read, index);
    expect(overflow === undefined ? "none" : overflow.hidden ? "hidden" : "cut").toBe(expected);
  });
});
