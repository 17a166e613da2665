import { isEmbedPath } from "../embed/embedPath";
import type { Story } from "../story/storyTypes";
import { READING_EVENTS_VERSION, type ReadingContext } from "./readingEvent";

/**
 * What every event of a reading of `story` says about it, at `pathname` (the router's, inside the
 * site's base path): whether it is an embed is read from the route, not from a setting.
 */
export function readingContext(
  story: Pick<Story, "slug" | "lang" | "slides">,
  pathname: string,
): ReadingContext {
  return {
    v: READING_EVENTS_VERSION,
    story: story.slug,
    slides: story.slides.length,
    lang: story.lang,
    embed: isEmbedPath(pathname),
  };
}
