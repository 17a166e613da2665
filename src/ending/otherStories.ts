import { newestFirst } from "../story/publishedOrder";
import { listedStories } from "../story/languageVersions";
import type { StoryVersion } from "../story/storyTypes";

interface ListedStory {
  slug: string;
  published: string;
  versions: readonly StoryVersion[];
}

/**
 * The stories a story's ending offers next: the story list's (one per story whatever its
 * languages, see listedStories), without the story being read in any of its languages, newest
 * first by `published`, then by slug so that the order never depends on the list's.
 */
export function otherStories<S extends ListedStory>(
  stories: readonly S[],
  current: ListedStory,
  siteLanguage: string,
): S[] {
  const read = new Set([current.slug, ...current.versions.map((version) => version.slug)]);
  return listedStories(stories, siteLanguage)
    .map(({ story }) => story)
    .filter((story) => !read.has(story.slug))
    .sort(newestFirst);
}
