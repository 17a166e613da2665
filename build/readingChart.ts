import { escapeHtml } from "../src/publishing/escapeHtml.ts";
import type { StoryTally } from "./readingTally.ts";

const WIDTH = 640;
const LABELS = 56;
const BAR = 6;
const ROW = 3 * BAR + 8;
const HEADING = 48;
const SERIES = [
  { key: "reached", label: "reached", colour: "#9ab8d8" },
  { key: "rested", label: "rested", colour: "#2f6fae" },
  { key: "droppedOff", label: "dropped off", colour: "#c0392b" },
] as const;

/** One story's block: its name, the key, and a row of three bars per slide. */
function storyBlock(tally: StoryTally, top: number): { svg: string; height: number } {
  const most = Math.max(1, ...tally.perSlide.map((row) => row.reached), tally.opened);
  const scale = (count: number) => ((WIDTH - LABELS - 40) * count) / most;
  const parts = [
    `<text x="8" y="${top + 16}" font-weight="bold">${escapeHtml(tally.story)}: ${tally.opened} readings opened; bars per slide</text>`,
    ...SERIES.map(
      (series, index) =>
        `<rect x="${LABELS + index * 150}" y="${top + 26}" width="10" height="10" fill="${series.colour}"/>` +
        `<text x="${LABELS + index * 150 + 14}" y="${top + 35}">${series.label}</text>`,
    ),
  ];
  tally.perSlide.forEach((row, index) => {
    const y = top + HEADING + index * ROW;
    parts.push(`<text x="${LABELS - 8}" y="${y + 2 * BAR}" text-anchor="end">${row.slide}</text>`);
    SERIES.forEach((series, bar) => {
      const count = row[series.key];
      parts.push(
        `<rect x="${LABELS}" y="${y + bar * BAR}" width="${scale(count).toFixed(1)}" height="${BAR - 1}" fill="${series.colour}">` +
          `<title>slide ${row.slide}: ${count} ${series.label}</title></rect>`,
      );
    });
  });
  return { svg: parts.join("\n"), height: HEADING + tally.perSlide.length * ROW + 16 };
}

/**
 * An SVG chart of the tallies: per story, per slide, how many readings reached it, rested on it
 * and dropped off there, as bars of one scale (the story's readings that got furthest).
 */
export function readingChart(tallies: readonly StoryTally[]): string {
  const blocks: string[] = [];
  let height = 8;
  for (const tally of tallies) {
    const block = storyBlock(tally, height);
    blocks.push(block.svg);
    height += block.height;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="Reading figures per slide">\n` +
    `<rect width="100%" height="100%" fill="#fff"/>\n${blocks.join("\n")}\n</svg>\n`
  );
}
