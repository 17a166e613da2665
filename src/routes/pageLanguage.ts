import { isEmbedPath, outsideEmbed } from "../embed/embedPath";
import { interfaceLanguage, type Language } from "../i18n/languages";
import { textDirection, type Direction } from "../story/textDirection";
import { resolveSlideRoute } from "../story/resolveSlideRoute";
import { canonicalPathname } from "./canonicalPathname";

interface PageStory {
  slug: string;
  lang: string;
  slides: readonly unknown[];
}

/**
 * The story whose slide or ending the page at `pathname` shows, if it shows one; an embed's keeps
 * its story's language.
 */
function storyOfPage<S extends PageStory>(stories: readonly S[], pathname: string): S | undefined {
  const canonical = canonicalPathname(pathname);
  const [, storySegment, slideSegment, ...rest] = outsideEmbed(canonical).split("/");
  if (rest.length > 0) return undefined;
  const route = resolveSlideRoute(stories, storySegment, slideSegment);
  if (route.kind === "not-found") return undefined;
  // An embed shows slides only: /embed/<story>/end is not found.
  return route.kind === "ending" && isEmbedPath(canonical) ? undefined : route.story;
}

/**
 * The interface language of the page at `pathname` (inside the router's base): the story's own on
 * a slide of a story, the site's everywhere else, not-found pages included. The address alone says
 * it, so the prerender, the client before hydration, and the app all agree.
 */
export function pageLanguage(
  stories: readonly PageStory[],
  pathname: string,
  siteLanguage: Language,
): Language {
  const story = storyOfPage(stories, pathname);
  return story ? interfaceLanguage(story.lang) : siteLanguage;
}

/**
 * The direction the page at `pathname` is laid out in: its story's on a slide of a story (a
 * story in Arabic is mirrored whole, bar and buttons included), the site language's elsewhere.
 */
export function pageDirection(
  stories: readonly (PageStory & { dir: Direction })[],
  pathname: string,
  siteLanguage: Language,
): Direction {
  return storyOfPage(stories, pathname)?.dir ?? textDirection(siteLanguage);
}
