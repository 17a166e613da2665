/** How many slides either side of the one in view stay rendered. */
export const WINDOW_RADIUS = 2;

/**
 * The indexes of the slides to render around `center` (0-based), so that the page costs the
 * same whatever the story's length.
 */
export function slideWindow(center: number, count: number, radius = WINDOW_RADIUS): number[] {
  const first = Math.max(0, center - radius);
  const last = Math.min(count - 1, center + radius);
  const indexes: number[] = [];
  for (let index = first; index <= last; index += 1) indexes.push(index);
  return indexes;
}

/** Where a slide stands relative to the one in view: it drives its motion. */
export type SlidePlace = "before" | "current" | "after";

export function slidePlace(index: number, current: number): SlidePlace {
  if (index === current) return "current";
  return index < current ? "before" : "after";
}
