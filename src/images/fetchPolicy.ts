/** Whether a rendered slide's photo is fetched now, and how urgently. */
export interface PhotoFetch {
  load: boolean;
  priority: "high" | "auto" | "low";
}

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
  if (index === current) return { load: true, priority: index === entry ? "high" : "auto" };
  const next = current + direction;
  const ahead = next >= 0 && next < count ? next : current - direction;
  return index === ahead ? { load: true, priority: "low" } : { load: false, priority: "auto" };
}

/**
 * The photos of the prerendered page, before the app takes over: only the one in view, at high
 * priority. The next slide's photo waits for the app (photoFetch), so that on a slow connection
 * it never shares the network with the photo the reader is looking at; a reader without
 * JavaScript sees its blurred preview there, and gets the photo on the next slide's own page.
 */
export function firstPaintFetch(index: number, current: number): PhotoFetch {
  return index === current ? { load: true, priority: "high" } : { load: false, priority: "auto" };
}
