// npm run reading-report -- <events.jsonl> [--chart <file.svg>]
// Turns collected reading events (one JSON object per line, as the reader's beacons carry them)
// into a table per story and slide, printed, and an SVG chart, written beside the input.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readingChart } from "../build/readingChart.ts";
import { formatTally, parseReadingEvents, tallyReadings } from "../build/readingTally.ts";
import { readArguments } from "./flags.mjs";
import { invocationDir } from "./invocationDir.ts";

const USAGE = `npm run reading-report -- <events.jsonl> [--chart <file.svg>]

  --chart <file.svg>  where the chart goes (default: the input's name with .svg, beside it)
  -h, --help          show this help

Prints, per story and slide, how many readings reached it, rested on it and dropped off there.`;

const { values, positionals } = readArguments({ chart: { type: "string" } }, USAGE);
const [input, ...more] = positionals;
if (!input || more.length > 0) {
  console.error(`give one file of events\nusage: ${USAGE}`);
  process.exit(2);
}

const here = invocationDir("reading-report");
const file = path.resolve(here, input);
const chart = values.chart
  ? path.resolve(here, values.chart)
  : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.svg`);

let text: string;
try {
  text = await readFile(file, "utf8");
} catch (error) {
  console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { events, skipped } = parseReadingEvents(text);
const tallies = tallyReadings(events);
console.log(tallies.map(formatTally).join("\n\n") || "no reading events");
if (skipped > 0)
  console.log(
    `\n${skipped} ${skipped === 1 ? "line was not a reading event" : "lines were not reading events"}, left out`,
  );
await writeFile(chart, readingChart(tallies));
console.log(`\nchart: ${path.relative(here, chart) || chart}`);
