/**
 * What keeps the address and the scroll position in step, as plain decisions: the hook
 * (useAddressFollowsScroll) measures the scroller, asks here, and does what it is told.
 */

/** Longer than any smooth scroll between slides takes; after it, a rest anywhere counts again. */
export const HEADING_MS = 1500;
/** How long after our scroll was due a rest elsewhere is looked at again. */
export const RECHECK_MS = 20;
/** A scroll further than this many slides is jumped: a smooth one would only blur them by. */
const SMOOTH_SLIDES = 2;

/** A scroll of the reader's own (keys, buttons, contents) on its way to a slide, until a time. */
export interface Heading {
  index: number;
  until: number;
}

/** Where the scroller stands: its scroll position and the height of one slide, in pixels. */
export interface ScrollPosition {
  scrollTop: number;
  height: number;
}

/** The slide (0-based) whose top is nearest the scroller's top. */
export function nearestIndex({ scrollTop, height }: ScrollPosition): number {
  return height > 0 ? Math.round(scrollTop / height) : 0;
}

/** Whether the scroller rests exactly on a slide (to within a pixel). */
export function onBoundary({ scrollTop, height }: ScrollPosition): boolean {
  if (height <= 0) return true;
  const offset = scrollTop % height;
  return offset < 1 || height - offset < 1;
}

/** The scroll of ours that takes the reader to `index`, due by `now` plus the longest move. */
export function headingTo(index: number, now: number): Heading {
  return { index, until: now + HEADING_MS };
}

/** What to do when the address names slide `current` (0-based). */
export type Placement =
  | { kind: "there" }
  | { kind: "scroll"; top: number; behavior: "instant" | "smooth"; heading: Heading };

export interface AddressChange {
  current: number;
  at: ScrollPosition;
  /** Whether this is the reader's first position, taken before the first frame. */
  first: boolean;
  reducedMotion: boolean;
  now: number;
}

/** Scroll to the slide the address names, unless the scroller is there already. */
export function placeOnAddress({
  current,
  at,
  first,
  reducedMotion,
  now,
}: AddressChange): Placement {
  const top = current * at.height;
  if (Math.abs(at.scrollTop - top) < 1) return { kind: "there" };
  const jump = first || reducedMotion || Math.abs(nearestIndex(at) - current) > SMOOTH_SLIDES;
  return {
    kind: "scroll",
    top,
    behavior: jump ? "instant" : "smooth",
    heading: headingTo(current, now),
  };
}

/** What to do when the scroll comes to rest. */
export type RestDecision =
  /** A stop on the way of a scroll of ours: look again once it has had time to arrive. */
  | { kind: "recheck"; after: number }
  /** The reader's choice: snap to `snapTo` if set, then address the 1-based `address` if set. */
  | { kind: "follow"; snapTo: number | null; address: number | null };

export interface Rest {
  /** The slide (0-based) the scroll rests on. */
  index: number;
  at: ScrollPosition;
  heading: Heading | null;
  /** The slide (0-based) the address names, and how many there are. */
  current: number;
  count: number;
  now: number;
}

/**
 * Where the scroll comes to rest is the reader's choice, unless it is a stop on the way of a
 * scroll of ours, which must not move the address back; that one is looked at again once our
 * scroll has had time to arrive.
 */
export function onRest({ index, at, heading, current, count, now }: Rest): RestDecision {
  if (heading && index !== heading.index && now < heading.until) {
    return { kind: "recheck", after: heading.until - now + RECHECK_MS };
  }
  return {
    kind: "follow",
    // Snapping should leave the scroller on a slide; if something left it between two, finish it.
    snapTo: onBoundary(at) ? null : index * at.height,
    address: index !== current && index < count ? index + 1 : null,
  };
}

/**
 * Where the scroller goes when its size changes: the top of the addressed slide, at once, and
 * again a frame later (`settled`) only if a rotation was still settling its sizes and left it
 * between two slides.
 */
export function onResize(current: number, at: ScrollPosition, settled: boolean): number | null {
  if (settled && onBoundary(at)) return null;
  return current * at.height;
}
