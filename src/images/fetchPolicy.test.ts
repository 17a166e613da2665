import { describe, expect, it } from "vitest";
import { firstPaintFetch, photoFetch } from "./fetchPolicy";

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

describe("firstPaintFetch", () => {
  it("fetches only the photo in view, at high priority, before the app takes over", () => {
    expect(firstPaintFetch(4, 4)).toEqual({ load: true, priority: "high" });
    expect(firstPaintFetch(5, 4)).toEqual({ load: false, priority: "auto" });
    expect(firstPaintFetch(3, 4)).toEqual({ load: false, priority: "auto" });
  });
});

describe("the same choice", () => {
  it("is the same object, so a slide whose choice is unchanged need not render again", () => {
    expect(photoFetch(2, 0, 0, 1, 7)).toBe(photoFetch(5, 3, 0, 1, 7));
    expect(photoFetch(1, 0, 0, 1, 7)).toBe(photoFetch(4, 3, 0, 1, 7));
    expect(photoFetch(3, 3, 0, 1, 7)).toBe(photoFetch(4, 4, 0, 1, 7));
    expect(firstPaintFetch(4, 4)).toBe(photoFetch(0, 0, 0, 1, 7));
  });
});
