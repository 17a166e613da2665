import path from "node:path";
import { languageName } from "../src/story/languageName.ts";
import { formatStoryIssues, type StoryIssue } from "../src/story/storyIssues.ts";
import type { StoryVersion } from "../src/story/storyTypes.ts";
import type { StoryFolder } from "./readStoryFolder.ts";

const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The stories linked as language versions, as groups: a story names its versions in `versions`,
 * and naming one on either side links the two, so a group is every story reachable that way.
 * Every story is in one group, alone when it has no version.
 */
function versionGroups(folders: readonly StoryFolder[]): StoryFolder[][] {
  const bySlug = new Map(folders.map((folder) => [folder.story.slug, folder]));
  const groupOf = new Map<StoryFolder, Set<StoryFolder>>();
  for (const folder of folders) groupOf.set(folder, new Set([folder]));
  const join = (a: StoryFolder, b: StoryFolder) => {
    const left = groupOf.get(a);
    const right = groupOf.get(b);
    if (!left || !right || left === right) return;
    for (const member of right) {
      left.add(member);
      groupOf.set(member, left);
    }
  };
  for (const folder of folders)
    for (const slug of folder.story.versions ?? []) {
      const other = bySlug.get(slug);
      if (other) join(folder, other);
    }
  // Each group in the folders' own order, so that its problems are named the same way every time.
  return [...new Set(groupOf.values())].map((group) =>
    folders.filter((folder) => group.has(folder)),
  );
}

/**
 * What is wrong with the stories' `versions`, one line per problem naming the file and field: a
 * slug that is no story, the story's own slug, or two versions in one language.
 */
export function versionProblems(folders: readonly StoryFolder[], root: string): string[] {
  const slugs = new Set(folders.map((folder) => folder.story.slug));
  const shown = (folder: StoryFolder) => path.relative(root, folder.file);
  const problems: string[] = [];
  for (const folder of folders) {
    const issues: StoryIssue[] = [];
    (folder.story.versions ?? []).forEach((slug, index) => {
      if (slug === folder.story.slug)
        issues.push({ path: ["versions", index], message: `"${slug}" is this story's own slug` });
      else if (!slugs.has(slug))
        issues.push({
          path: ["versions", index],
          message: `"${slug}" is not the slug of any story (the stories are: ${[...slugs].join(", ")})`,
        });
    });
    if (issues.length) problems.push(formatStoryIssues(shown(folder), issues));
  }
  for (const group of versionGroups(folders)) {
    group.forEach((folder, index) => {
      const twin = group
        .slice(0, index)
        .find((other) => sameLanguage(other.story.lang, folder.story.lang));
      if (twin)
        problems.push(
          formatStoryIssues(shown(folder), [
            {
              path: ["lang"],
              message: `"${folder.story.lang}" is also the language of ${shown(twin)}, a version of the same story; each language has one version`,
            },
          ]),
        );
    });
  }
  return problems;
}

/**
 * Each story's language versions, itself included and ordered by language tag; a story with no
 * other version has none.
 */
export function languageVersions(folders: readonly StoryFolder[]): Map<string, StoryVersion[]> {
  const versions = new Map<string, StoryVersion[]>();
  for (const group of versionGroups(folders)) {
    const linked =
      group.length < 2
        ? []
        : group
            .map(({ story }) => ({
              slug: story.slug,
              lang: story.lang,
              name: languageName(story.lang),
              published: story.published,
              slideCount: story.slides.length,
            }))
            .sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
    for (const folder of group) versions.set(folder.story.slug, linked);
  }
  return versions;
}
