/** Whether a rendered slide's photo is fetched now, and how urgently. */
export interface PhotoFetch {
  load: boolean;
  priority: "high" | "auto" | "low";
}

/**
 * Every choice there is, one object each: equal choices are the same object, so a slide whose
 * choice has not changed receives the same prop and need not render again.
 */
const FETCH = {
  first: { load: true, priority: "high" },
  inView: { load: true, priority: "auto" },
  ahead: { load: true, priority: "low" },
  later: { load: false, priority: "auto" },
} as const satisfies Record<string, PhotoFetch>;

/**
 * Chooses how to fetch the photo of slide `index` (0-based) while `current` is the reader's slide,
 * `entry` the slide the reader arrived on, and `direction` the way they are reading, in a story of
 * `count` slides. The photo in view is fetched, with high priority on the slide the page opened on
 * (it is the page's largest paint); the next one in the reading direction is fetched ahead, at low
 * priority so that it never slows the one in view (at either end of the story, the one behind);
 * every other photo waits, behind its placeholder, until the reader comes near.
 */
export function photoFetch(
  index: number,
  current: number,
  entry: number,
  direction: 1 | -1,
  count: number,
): PhotoFetch {
  if (index === current) return index === entry ? FETCH.first : FETCH.inView;
  const next = current + direction;
  const ahead = next >= 0 && next < count ? next : current - direction;
  return index === ahead ? FETCH.ahead : FETCH.later;
}

/**
 * The photos of the prerendered page, before the app takes over: only the one in view, at high
 * priority. The next slide's photo waits for the app (photoFetch), so that on a slow connection
 * it never shares the network with the photo the reader is looking at; a reader without
 * JavaScript sees its blurred preview there, and gets the photo on the next slide's own page.
 */
export function firstPaintFetch(index: number, current: number): PhotoFetch {
  return index === current ? FETCH.first : FETCH.later;
}
