/** The address of a slide: slide 1 is the story's own address. Slides are numbered from 1. */
export function slidePath(slug: string, slideNumber: number): string {
  return slideNumber === 1 ? `/${slug}` : `/${slug}/${slideNumber}`;
}

/** What an address's slide segment asks for. */
export type SlideRequest = { kind: "slide"; number: number } | { kind: "not-found" };

const DIGITS = /^[0-9]+$/;

/**
 * Reads the slide segment of an address. Only ASCII digits name a slide; a value with leading
 * zeros names the same slide as without them (the caller redirects to the canonical address).
 * Zero, anything past the last slide and anything that is not plain digits is not found.
 */
export function parseSlideSegment(segment: string | undefined, slideCount: number): SlideRequest {
  if (segment === undefined || segment === "") return { kind: "slide", number: 1 };
  if (!DIGITS.test(segment)) return { kind: "not-found" };
  const digits = segment.replace(/^0+/, "");
  // Compare lengths first so that numbers too long for a double are never parsed.
  if (digits === "" || digits.length > String(slideCount).length) return { kind: "not-found" };
  const number = Number(digits);
  return number <= slideCount ? { kind: "slide", number } : { kind: "not-found" };
}
