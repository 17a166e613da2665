/** How a slide's photo is fetched. `skip`: not rendered, so not fetched at all. */
export interface PhotoFetch {
  loading: "eager" | "lazy";
  fetchPriority: "high" | "low" | "auto";
}

/**
 * Chooses how to fetch the photo of slide `index` when `current` is in view and the reader
 * arrived at `entry`: the entry slide's photo first and with high priority, the next one in the
 * reading direction right after, the rest of the window only as they come near.
 */
export function photoFetch(
  index: number,
  current: number,
  entry: number,
  direction: 1 | -1,
): PhotoFetch {
  if (index === entry && index === current) return { loading: "eager", fetchPriority: "high" };
  if (index === current || index === current + direction)
    return { loading: "eager", fetchPriority: "auto" };
  return { loading: "lazy", fetchPriority: "low" };
}
