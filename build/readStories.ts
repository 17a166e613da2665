import { readdir } from "node:fs/promises";
import path from "node:path";
import { versionProblems } from "./languageVersions.ts";
import { readStoryFolder, StoryFileError, type StoryFolder } from "./readStoryFolder.ts";

/** Finds every `<storiesDir>/<folder>/story.json`, checks them all, and reports every problem. */
export async function readStories(
  storiesDir: string,
  root: string,
  cacheDir = path.join(root, "node_modules/.cache/photo-story"),
): Promise<StoryFolder[]> {
  const entries = await readdir(storiesDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results = await Promise.allSettled(
    folders.map((name) => {
      const folder = path.join(storiesDir, name);
      return readStoryFolder(
        folder,
        path.relative(root, path.join(folder, "story.json")),
        cacheDir,
      );
    }),
  );
  const problems = results.flatMap((result) =>
    result.status === "rejected" ? [result.reason] : [],
  );
  if (problems.length) {
    const known = problems.every((problem) => problem instanceof StoryFileError);
    if (!known) throw problems[0];
    throw new StoryFileError(problems.map((problem: StoryFileError) => problem.message).join("\n"));
  }
  const read = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const { file, story } of read) {
    const other = seen.get(story.slug);
    if (other) {
      duplicates.push(
        `${path.relative(root, file)}: field slug: "${story.slug}" is already the slug of ${path.relative(root, other)}`,
      );
    } else seen.set(story.slug, file);
  }
  if (duplicates.length) throw new StoryFileError(duplicates.join("\n"));
  const versions = versionProblems(read, root);
  if (versions.length) throw new StoryFileError(versions.join("\n"));
  if (!read.length)
    throw new StoryFileError(
      `${path.relative(root, storiesDir)}: has no story folder; each story is a folder in it with a story.json`,
    );
  return read;
}
