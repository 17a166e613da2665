import { readdir } from "node:fs/promises";
import path from "node:path";
import { formatStoryIssues } from "../src/story/storyIssues.ts";
import { readStoryFolder, StoryFileError } from "./readStoryFolder.ts";
import type { StoryReport } from "./storyReport.ts";
import { storyWarnings } from "./storyWarnings.ts";

/** A file as the report names it: from `root` when it is inside, else in full. */
function shown(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/**
 * Checks every story folder in `storiesDir`, each on its own so that one broken story never hides
 * another's problems, and names files relative to `root`. Throws a StoryFileError when there is
 * no story folder at all.
 */
export async function readStoryReports(storiesDir: string, root: string): Promise<StoryReport[]> {
  const entries = await readdir(storiesDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(storiesDir, entry.name))
    .sort();
  if (!folders.length)
    throw new StoryFileError(
      `${shown(root, storiesDir) || "."}: has no story folder; each story is a folder in it with a story.json`,
    );
  const reports = await Promise.all(
    folders.map(async (folder) => {
      const file = shown(root, path.join(folder, "story.json"));
      try {
        const read = await readStoryFolder(folder, file);
        const warnings = formatStoryIssues(file, storyWarnings(read));
        return { file, slug: read.story.slug, errors: [], warnings: warnings ? [warnings] : [] };
      } catch (error) {
        // Anything else that goes wrong is still this story's problem, not the others'.
        const message =
          error instanceof StoryFileError
            ? error.message
            : `${file}: the story: could not be checked (${error instanceof Error ? error.message : String(error)})`;
        return { file, slug: undefined, errors: [message], warnings: [] };
      }
    }),
  );
  // The build refuses two stories with one address, as storiesPlugin's readStories does.
  const owner = new Map<string, string>();
  return reports.map(({ slug, ...report }): StoryReport => {
    if (slug === undefined) return report;
    const other = owner.get(slug);
    if (other === undefined) {
      owner.set(slug, report.file);
      return report;
    }
    const duplicate = `${report.file}: field slug: "${slug}" is already the slug of ${other}`;
    return { ...report, errors: [duplicate] };
  });
}
