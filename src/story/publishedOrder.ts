interface Published {
  slug: string;
  /** ISO 8601 with its offset, as story.json writes it. */
  published: string;
}

const bySlug = (a: Published, b: Published) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Oldest first by the moment of publication (offsets count, not the wall clock), then by slug, so
 * that an order never depends on the order the build found the folders in. For `sort`.
 */
export function oldestFirst(a: Published, b: Published): number {
  return Date.parse(a.published) - Date.parse(b.published) || bySlug(a, b);
}

/** Newest first by the moment of publication, then by slug. For `sort`. */
export function newestFirst(a: Published, b: Published): number {
  return Date.parse(b.published) - Date.parse(a.published) || bySlug(a, b);
}
