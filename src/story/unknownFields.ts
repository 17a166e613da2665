/** How many edits (insert, delete, change, or swap two neighbours) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // d[i][j]: the distance between the first i letters of a and the first j letters of b.
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => i + j),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      d[i]?.splice(
        j,
        1,
        Math.min(
          at(i - 1, j) + 1,
          at(i, j - 1) + 1,
          at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
          swapped ? at(i - 2, j - 2) + 1 : Infinity,
        ),
      );
    }
  }
  return at(a.length, b.length);
}

/** The known field a misspelt one most likely meant, if one is close enough. */
export function meant(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((field) => ({
    field,
    distance: editDistance(key.toLowerCase(), field.toLowerCase()),
  }));
  const best = scored.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.min(2, Math.floor(best.field.length / 3))
    ? best.field
    : undefined;
}

/** "has an unknown field "captoin" (did you mean "caption"?)", listing the known fields if no guess. */
export function unknownFields(keys: readonly string[], known: readonly string[]): string {
  const guesses = keys.map((key) => ({ key, guess: meant(key, known) }));
  const named = guesses.map(({ key, guess }) =>
    guess ? `"${key}" (did you mean "${guess}"?)` : `"${key}"`,
  );
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  const fields = guesses.every(({ guess }) => guess) ? "" : `; the fields are ${known.join(", ")}`;
  return `has ${keys.length > 1 ? "unknown fields" : "an unknown field"} ${list}${fields}`;
}
