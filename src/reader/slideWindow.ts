/** How many slides either side of the one in view stay rendered. */
export const WINDOW_RADIUS = 2;
/** How far beyond the slides on screen their data is loaded: a page of slides arrives long before it shows. */
export const LOAD_AHEAD = WINDOW_RADIUS + 4;

/** How many slides either side of the one in view and the addressed one are rendered at once. */
const NEIGHBOURS = 1;

/**
 * The indexes (0-based, ascending) of the slides within `radius` of any of `centers`, so that the
 * page costs the same whatever the story's length.
 */
export function slideWindow(
  centers: readonly number[],
  count: number,
  radius = WINDOW_RADIUS,
): number[] {
  const indexes = new Set<number>();
  for (const center of centers) {
    const first = Math.max(0, center - radius);
    const last = Math.min(count - 1, center + radius);
    for (let index = first; index <= last; index += 1) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * The slides the reader renders: the full window around `settled` (where the reader last rested,
 * as far as the reader has caught up) and the slides next to the one in view and the one the
 * address names, so a jump's target exists (and can be snapped to) before the scroll towards it
 * starts. A move to a neighbouring slide adds and removes nothing, so its frame only changes
 * places; the window follows once the move is under way (see useSettledSlide).
 */
export function movingWindow(
  settled: number,
  inView: number,
  current: number,
  count: number,
): number[] {
  return [
    ...new Set([
      ...slideWindow([settled], count),
      ...slideWindow([inView, current], count, NEIGHBOURS),
    ]),
  ].sort((a, b) => a - b);
}

/** Where a slide stands relative to the one in view: it drives its motion. */
export type SlidePlace = "before" | "current" | "after";

export function slidePlace(index: number, current: number): SlidePlace {
  if (index === current) return "current";
  return index < current ? "before" : "after";
}

/**
 * The slides of the prerendered page, before the app takes over: the one the address names, at the
 * top, and the next, so a reader without JavaScript sees the slide and can scroll on to the next.
 */
export function firstPaintWindow(current: number, count: number): number[] {
  return current + 1 < count ? [current, current + 1] : [current];
}
