import { parseSlideSegment, slidePath } from "./slidePath";

/** What an address under `/:story/:slide?` leads to. */
export type SlideRoute<S> =
  { kind: "slide"; story: S; slideNumber: number; canonicalPath: string } | { kind: "not-found" };

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
  return {
    kind: "slide",
    story,
    slideNumber: request.number,
    canonicalPath: slidePath(story.slug, request.number),
  };
}
