/** The address of a slide: slide 1 is the story's own address. Slides are numbered from 1. */
export function slidePath(slug: string, slideNumber: number): string {
  return slideNumber === 1 ? `/${slug}` : `/${slug}/${slideNumber}`;
}

/** The last segment of a story's ending, the closing screen after its last slide: `/:story/end`. */
export const ENDING_SEGMENT = "end";

/** The address of a story's ending. */
export function endingPath(slug: string): string {
  return `/${slug}/${ENDING_SEGMENT}`;
}

/**
 * The address of one of the reader's stops in a story of `count` slides: the slides are stops 1 to
 * `count`, and the ending, which has no slide number of its own, is the stop after the last.
 */
export function stopPath(slug: string, stop: number, count: number): string {
  return stop > count ? endingPath(slug) : slidePath(slug, stop);
}

/** What an address's slide segment asks for. */
export type SlideRequest =
  { kind: "slide"; number: number } | { kind: "ending" } | { kind: "not-found" };

const DIGITS = /^[0-9]+$/;

/**
 * Reads the slide segment of an address. Only ASCII digits name a slide; a value with leading
 * zeros names the same slide as without them (the caller redirects to the canonical address).
 * `end` is the ending. Zero, anything past the last slide and anything else that is not plain
 * digits is not found.
 */
export function parseSlideSegment(segment: string | undefined, slideCount: number): SlideRequest {
  if (segment === undefined || segment === "") return { kind: "slide", number: 1 };
  if (segment === ENDING_SEGMENT) return { kind: "ending" };
  if (!DIGITS.test(segment)) return { kind: "not-found" };
  const digits = segment.replace(/^0+/, "");
  // Compare lengths first so that numbers too long for a double are never parsed.
  if (digits === "" || digits.length > String(slideCount).length) return { kind: "not-found" };
  const number = Number(digits);
  return number <= slideCount ? { kind: "slide", number } : { kind: "not-found" };
}
