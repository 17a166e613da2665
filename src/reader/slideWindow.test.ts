import { describe, expect, it } from "vitest";
import { slidePlace, slideWindow } from "./slideWindow";

describe("slideWindow", () => {
  it.each<[number[], number, number[]]>([
    [[0], 7, [0, 1, 2]],
    [[3], 7, [1, 2, 3, 4, 5]],
    [[6], 7, [4, 5, 6]],
    [[0], 1, [0]],
    [[1, 6], 7, [0, 1, 2, 3, 4, 5, 6]],
    [[0, 999], 1000, [0, 1, 2, 997, 998, 999]],
    [[500, 500], 1000, [498, 499, 500, 501, 502]],
  ])("around %j of %i slides renders %j", (centers, count, expected) => {
    expect(slideWindow(centers, count)).toEqual(expected);
  });

  it("renders the same number of slides whatever the story's length", () => {
    expect(slideWindow([500], 1000)).toHaveLength(slideWindow([3], 7).length);
  });
});

describe("slidePlace", () => {
  it.each([
    [2, 3, "before"],
    [3, 3, "current"],
    [4, 3, "after"],
  ] as const)("puts slide %i %s slide %i", (index, current, expected) => {
    expect(slidePlace(index, current)).toBe(expected);
  });
});
