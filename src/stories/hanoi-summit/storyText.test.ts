// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDateline } from "../../story/dateline";
import { storySchema } from "../../story/storySchema";
import json from "./story.json";

/** The report as filed; a copy of the shared seed, kept in the repo for CI. */
const seed = readFileSync(new URL("../../../tests/fixtures/seed.txt", import.meta.url), "utf8");

/** Quotes and white space may be typeset; words may not change. */
function normalise(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

const story = storySchema.parse(json);

/** The seed's text units, in order, without the lines that only mark where a photo stood. */
function seedUnits(): string[] {
  const lines = seed.split("\n").map(normalise).filter(Boolean);
  const [dateline, headline, ...rest] = lines;
  if (!dateline || !headline) throw new Error("the seed has no dateline and headline");
  const marker = new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( - \\d+)?$`);
  return [headline, dateline.replace(" | ", ", "), ...rest.filter((line) => !marker.test(line))];
}

/** Every piece of text the reader shows, in reading order. */
function storyUnits(): string[] {
  return [
    story.headline,
    formatDateline(story.published, story.timeZoneLabel),
    story.standfirst,
    ...story.slides.flatMap((slide) => [slide.title, slide.caption ?? "", ...slide.body]),
    story.credit ?? "",
  ].map(normalise);
}

describe("the Hanoi summit story", () => {
  it("carries every unit of the seed text, word for word and in order", () => {
    const shown = storyUnits();
    let from = 0;
    for (const unit of seedUnits()) {
      const at = shown.indexOf(unit, from);
      expect(at, `missing or out of order: ${unit}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it("has the seed's 15 units after its markers are dropped", () => {
    expect(seedUnits()).toHaveLength(15);
  });

  it("has a photo at each of the seed's six photo positions, each described", () => {
    const photos = story.slides.filter((slide) => slide.image);
    expect(photos).toHaveLength(6);
    for (const slide of photos) expect(slide.image?.alt.length).toBeGreaterThan(20);
  });

  it("says the pictures are illustrations and credits the original photos", () => {
    expect(story.credit).toBe("Photos by AFP, Reuters");
    expect(story.slides.at(-1)?.body.join(" ")).toMatch(/illustrations/);
  });

  it("dates the report February 27, 2019, 07:56 am PT", () => {
    expect(formatDateline(story.published, story.timeZoneLabel)).toBe(
      "February 27, 2019, 07:56 am PT",
    );
  });
});
