import { oldestFirst } from "./publishedOrder";
import { slidePath } from "./slidePath";
import type { StoryVersion } from "./storyTypes";

/**
 * The slide of `version` that stands for slide `slideNumber` of another version: the same number,
 * or the version's last slide when it is shorter.
 */
export function versionSlide(
  version: Pick<StoryVersion, "slideCount">,
  slideNumber: number,
): number {
  return Math.max(1, Math.min(slideNumber, version.slideCount));
}

/**
 * The version a reader whose language is none of them gets (`x-default`): the one in the site's
 * language (`siteLanguage`, a primary language subtag such as "en"), else the first published
 * (the original, as a rule), then by slug.
 */
export function defaultVersion(
  versions: readonly StoryVersion[],
  siteLanguage: string,
): StoryVersion | undefined {
  const inSiteLanguage = versions.find(
    (version) => version.lang.split(/[-_]/)[0]?.toLowerCase() === siteLanguage,
  );
  if (inSiteLanguage) return inSiteLanguage;
  return [...versions].sort(oldestFirst)[0];
}

/** One page that says the same in another language: `hreflang` and the address inside the site. */
export interface Alternate {
  hreflang: string;
  path: string;
}

/**
 * The same slide in every language version, this one included, then `x-default`; empty when the
 * story has no other version. The slide's page links them and the sitemap lists them.
 */
export function slideAlternates(
  versions: readonly StoryVersion[],
  slideNumber: number,
  siteLanguage: string,
): Alternate[] {
  if (versions.length < 2) return [];
  const at = (version: StoryVersion) => slidePath(version.slug, versionSlide(version, slideNumber));
  const alternates = versions.map((version) => ({ hreflang: version.lang, path: at(version) }));
  const fallback = defaultVersion(versions, siteLanguage);
  return fallback ? [...alternates, { hreflang: "x-default", path: at(fallback) }] : alternates;
}

/**
 * The stories a list shows, one per story whatever its languages: each story in one language, and
 * of a story in several the version in the site's language (else the x-default one), with the
 * others beside it, in the list's order.
 */
export function listedStories<S extends { slug: string; versions: readonly StoryVersion[] }>(
  stories: readonly S[],
  siteLanguage: string,
): { story: S; others: StoryVersion[] }[] {
  return stories.flatMap((story) => {
    if (story.versions.length < 2) return [{ story, others: [] }];
    if (defaultVersion(story.versions, siteLanguage)?.slug !== story.slug) return [];
    return [{ story, others: story.versions.filter((version) => version.slug !== story.slug) }];
  });
}
