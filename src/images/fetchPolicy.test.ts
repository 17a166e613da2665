import { describe, expect, it } from "vitest";
import { photoFetch } from "./fetchPolicy";

describe("photoFetch", () => {
  it.each([
    // index, current, entry, direction, load, priority
    [0, 0, 0, 1, true, "high"],
    [1, 0, 0, 1, true, "low"],
    [2, 0, 0, 1, false, "auto"],
    [4, 4, 4, 1, true, "high"],
    [5, 4, 4, 1, true, "low"],
    [3, 4, 4, 1, false, "auto"],
    [3, 4, 6, -1, true, "low"],
    [5, 4, 6, -1, false, "auto"],
    [4, 4, 0, 1, true, "auto"],
    [9, 4, 0, 1, false, "auto"],
    [5, 6, 0, 1, true, "low"],
    [1, 0, 3, -1, true, "low"],
  ] as const)(
    "photo %i, at %i having entered at %i reading %i: load %s, priority %s",
    (index, current, entry, direction, load, priority) => {
      expect(photoFetch(index, current, entry, direction, 7)).toEqual({ load, priority });
    },
  );
});
