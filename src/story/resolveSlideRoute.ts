import { endingPath, parseSlideSegment, slidePath } from "./slidePath";

/**
 * What an address under `/:story/:slide?` leads to. `slideNumber` is the reader's stop: a slide,
 * 1-based, or the ending as the stop after the last slide (`kind: "ending"`).
 */
export type SlideRoute<S> =
  | { kind: "slide" | "ending"; story: S; slideNumber: number; canonicalPath: string }
  | { kind: "not-found" };

/**
 * Finds the story and slide an address names. The caller compares `canonicalPath` with the
 * address and replaces it when they differ (a trailing slash, leading zeros, `/1`).
 */
export function resolveSlideRoute<S extends { slug: string; slides: readonly unknown[] }>(
  stories: readonly S[],
  storySegment: string | undefined,
  slideSegment: string | undefined,
): SlideRoute<S> {
  const story = stories.find((candidate) => candidate.slug === storySegment);
  if (!story) return { kind: "not-found" };
  const request = parseSlideSegment(slideSegment, story.slides.length);
  if (request.kind === "not-found") return request;
  if (request.kind === "ending") {
    const stop = story.slides.length + 1;
    return { kind: "ending", story, slideNumber: stop, canonicalPath: endingPath(story.slug) };
  }
  return {
    kind: "slide",
    story,
    slideNumber: request.number,
    canonicalPath: slidePath(story.slug, request.number),
  };
}
