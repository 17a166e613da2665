import { interfaceLanguage, type Language } from "../i18n/languages";
import { resolveSlideRoute } from "../story/resolveSlideRoute";
import { canonicalPathname } from "./canonicalPathname";

/**
 * The interface language of the page at `pathname` (inside the router's base): the story's own on
 * a slide of a story, the site's everywhere else, not-found pages included. The address alone says
 * it, so the prerender, the client before hydration, and the app all agree.
 */
export function pageLanguage(
  stories: readonly { slug: string; lang: string; slides: readonly unknown[] }[],
  pathname: string,
  siteLanguage: Language,
): Language {
  const [, storySegment, slideSegment, ...rest] = canonicalPathname(pathname).split("/");
  if (rest.length > 0) return siteLanguage;
  const route = resolveSlideRoute(stories, storySegment, slideSegment);
  return route.kind === "slide" ? interfaceLanguage(route.story.lang) : siteLanguage;
}
