// npm run check-stories [-- [--strict] [--stories <dir>]]
// Checks every story folder as the build does, and lists, story by story and slide by slide, what
// stops it from building (errors) and what to fix before publishing (warnings).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, styleText } from "node:util";
import { readStoryReports } from "../build/readStoryReports.ts";
import { StoryFileError } from "../build/readStoryFolder.ts";
import { exitCode, formatReport, type Paint } from "../build/storyReport.ts";
import { invocationDir } from "./invocationDir.ts";

const USAGE = `usage: npm run check-stories [-- [--strict] [--stories <dir>]]

  --stories <dir>  the folder of story folders (default: $STORIES_DIR, else src/stories)
  --strict         exit 1 on warnings too, not only on errors
  -h, --help       show this help

Exits 0 when every story builds, 1 when one does not (or, with --strict, has warnings), and 2
on a wrong command line.`;

function options() {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        strict: { type: "boolean", default: false },
        stories: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { strict, stories, help } = options();
if (help) {
  console.log(USAGE);
  process.exit(0);
}

const here = invocationDir("check-stories");
// The same folder the build reads (vite.config.ts), unless told otherwise.
const storiesDir = path.resolve(
  here,
  stories ?? process.env.STORIES_DIR ?? fileURLToPath(new URL("../src/stories", import.meta.url)),
);

// Colour only for a person at a terminal who has not asked for none.
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const STYLES = { error: "red", warning: "yellow", file: "bold", ok: "green" } as const;
const paint: Paint = (style, text) => (colour ? styleText(STYLES[style], text) : text);

try {
  const reports = await readStoryReports(storiesDir, process.cwd());
  console.log(formatReport(reports, paint));
  process.exitCode = exitCode(reports, strict);
} catch (error) {
  if (error instanceof StoryFileError) console.error(error.message);
  else
    console.error(
      `cannot check ${storiesDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  process.exitCode = 1;
}
