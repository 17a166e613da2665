// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readingChart } from "./readingChart.ts";
import type { StoryTally } from "./readingTally.ts";

const TALLY: StoryTally = {
  story: "a <story>",
  slides: 2,
  opened: 4,
  fromEmbeds: 0,
  finished: 1,
  shared: 0,
  enlarged: 0,
  offline: 0,
  leftBeforeResting: 1,
  perSlide: [
    { slide: 1, reached: 3, rested: 3, droppedOff: 2 },
    { slide: 2, reached: 1, rested: 1, droppedOff: 1 },
  ],
};

describe("readingChart", () => {
  const svg = readingChart([TALLY]);

  it("is an SVG image with a name", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label=/);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("draws three bars per slide, each saying its figure", () => {
    expect(svg.match(/<title>slide \d+: \d+ [a-z ]+<\/title>/g)).toEqual([
      "<title>slide 1: 3 reached</title>",
      "<title>slide 1: 3 rested</title>",
      "<title>slide 1: 2 dropped off</title>",
      "<title>slide 2: 1 reached</title>",
      "<title>slide 2: 1 rested</title>",
      "<title>slide 2: 1 dropped off</title>",
    ]);
  });

  it("draws the bars to one scale, the story's readings", () => {
    const widths = [...svg.matchAll(/width="([\d.]+)" height="5"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths[0]).toBeCloseTo((widths[3] ?? 0) * 3);
  });

  it("writes a story's name as text", () => {
    expect(svg).toContain("a &lt;story&gt;");
  });
});
