// npm run new-story -- <folder-of-photos> [--slug <slug>] [--stories <dir>]
// Starts a story from a folder of photos: one slide per photo, in the order they were taken, with
// what their metadata says, and placeholders where the editor has to write.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { NewStoryError } from "../build/newStoryPlan.ts";
import { newStorySummary } from "../build/newStorySummary.ts";
import { writeNewStory } from "../build/writeNewStory.ts";
import { invocationDir } from "./invocationDir.ts";

const USAGE = `usage: npm run new-story -- <folder-of-photos> [--slug <slug>] [--stories <dir>]

  <folder-of-photos>  JPEG, PNG, WebP, AVIF and SVG files; one slide each
  --slug <slug>       the story's address (default: from the folder's name), e.g. hanoi-summit
  --stories <dir>     where story folders live (default: $STORIES_DIR, else src/stories)
  -h, --help          show this help

Writes <dir>/<slug>/story.json and copies the photos beside it; never overwrites a story.
Exits 1 when it cannot, and 2 on a wrong command line.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function commandLine() {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: true,
      options: {
        slug: { type: "string" },
        stories: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const { values, positionals } = commandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [photosDir, ...extra] = positionals;
if (photosDir === undefined) usageError("Name the folder of photos.");
if (extra.length) usageError(`One folder of photos at a time, not also ${extra.join(" ")}.`);

const here = invocationDir("new-story");
// The same folder the build reads (vite.config.ts), unless told otherwise.
const storiesDir = path.resolve(
  here,
  values.stories ??
    process.env.STORIES_DIR ??
    fileURLToPath(new URL("../src/stories", import.meta.url)),
);

try {
  const written = await writeNewStory({
    photosDir: path.resolve(here, photosDir),
    storiesDir,
    slug: values.slug,
  });
  const shown = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
  };
  console.log(newStorySummary(written.plan, shown(written.storyFile), `${shown(written.folder)}/`));
} catch (error) {
  if (!(error instanceof NewStoryError)) throw error;
  console.error(`new-story: ${error.message}`);
  process.exitCode = 1;
}
