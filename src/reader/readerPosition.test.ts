import { describe, expect, it } from "vitest";
import {
  arrivedAt,
  readerPosition,
  type ReaderPosition,
  type ReaderPositionAction,
} from "./readerPosition";

/** A reader who arrived on slide 3 and is now on slide 5, having moved forward. */
const moving: ReaderPosition = { addressed: 5, inView: 5, direction: 1, entry: 3, moved: true };

describe("arrivedAt", () => {
  it("is on the slide arrived on, facing forward, not yet moved", () => {
    expect(arrivedAt(3)).toEqual({ addressed: 3, inView: 3, direction: 1, entry: 3, moved: false });
  });
});

describe("readerPosition", () => {
  it.each<[string, ReaderPosition, ReaderPositionAction, Partial<ReaderPosition>]>([
    ["the scroll shows the next slide", moving, { type: "viewed", index: 6 }, { inView: 6 }],
    [
      "the scroll shows the previous slide",
      moving,
      { type: "viewed", index: 4 },
      { inView: 4, direction: -1 },
    ],
    [
      "the scroll shows the slide in view after a move back",
      { ...moving, direction: -1 },
      { type: "viewed", index: 5 },
      { direction: 1 },
    ],
    [
      "the address names the next slide",
      arrivedAt(3),
      { type: "addressed", index: 4 },
      { addressed: 4, inView: 4, moved: true },
    ],
    [
      "the address names an earlier slide",
      moving,
      { type: "addressed", index: 1 },
      { addressed: 1, inView: 1, direction: -1 },
    ],
    [
      "the address names the slide the scroll has reached",
      { ...moving, inView: 6 },
      { type: "addressed", index: 6 },
      { addressed: 6, inView: 6, direction: 1 },
    ],
    [
      "the address names the slide arrived on again",
      moving,
      { type: "addressed", index: 3 },
      { addressed: 3, inView: 3, direction: -1, moved: true },
    ],
  ])("when %s", (_situation, position, action, changes) => {
    expect(readerPosition(position, action)).toEqual({ ...position, ...changes });
  });

  it.each<[string, ReaderPositionAction]>([
    ["the scroll shows the slide in view", { type: "viewed", index: 5 }],
    ["the address names the slide it named", { type: "addressed", index: 5 }],
  ])("is the same object when %s", (_situation, action) => {
    expect(readerPosition(moving, action)).toBe(moving);
  });
});
