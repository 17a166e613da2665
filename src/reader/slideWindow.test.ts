import { describe, expect, it } from "vitest";
import { movingWindow, slidePlace, slideWindow } from "./slideWindow";

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

describe("movingWindow", () => {
  it.each<[number, number, number, number[]]>([
    // settled, in view, addressed: rendered
    [3, 3, 3, [1, 2, 3, 4, 5]],
    [3, 4, 4, [1, 2, 3, 4, 5]],
    [3, 3, 4, [1, 2, 3, 4, 5]],
    [3, 2, 2, [1, 2, 3, 4, 5]],
    [3, 4, 5, [1, 2, 3, 4, 5, 6]],
    [3, 3, 6, [1, 2, 3, 4, 5, 6, 7]],
    [5, 5, 0, [0, 1, 3, 4, 5, 6, 7]],
    [0, 0, 999, [0, 1, 2, 998, 999]],
  ])(
    "rested on %i, %i in view, address at %i: renders %j",
    (settled, inView, current, expected) => {
      expect(movingWindow(settled, inView, current, 1000)).toEqual(expected);
    },
  );

  it("adds no slide for a move to a neighbouring slide", () => {
    for (const [from, to] of [
      [3, 4],
      [3, 2],
      [0, 1],
      [999, 998],
    ] as const) {
      expect(movingWindow(from, to, to, 1000)).toEqual(slideWindow([from], 1000));
    }
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
