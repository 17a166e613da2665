import { describe, expect, it } from "vitest";
import {
  HEADING_MS,
  headingTo,
  nearestIndex,
  onBoundary,
  onResize,
  onRest,
  placeOnAddress,
  type AddressChange,
  type Placement,
  type Rest,
  type RestDecision,
} from "./followPolicy";

const HEIGHT = 800;
/** The scroller `slides` slide heights down: 1.5 is half-way between the second and the third. */
const at = (slides: number, height = HEIGHT) => ({ scrollTop: slides * height, height });

describe("nearestIndex", () => {
  it.each([
    [0, HEIGHT, 0],
    [399, HEIGHT, 0],
    [400, HEIGHT, 1],
    [1600, HEIGHT, 2],
    [500, 0, 0],
  ])("at %d px in slides of %d px is slide %d", (scrollTop, height, index) => {
    expect(nearestIndex({ scrollTop, height })).toBe(index);
  });
});

describe("onBoundary", () => {
  it.each([
    [0, HEIGHT, true],
    [0.5, HEIGHT, true],
    [1599.5, HEIGHT, true],
    [1600, HEIGHT, true],
    [400, HEIGHT, false],
    [1601, HEIGHT, false],
    [123, 0, true],
  ])("at %d px in slides of %d px: %s", (scrollTop, height, on) => {
    expect(onBoundary({ scrollTop, height })).toBe(on);
  });
});

describe("headingTo", () => {
  it("heads for the slide until the longest move has had time to arrive", () => {
    expect(headingTo(3, 1000)).toEqual({ index: 3, until: 1000 + HEADING_MS });
  });
});

describe("placeOnAddress", () => {
  const change = (over: Partial<AddressChange>): AddressChange => ({
    current: 3,
    at: at(2),
    first: false,
    reducedMotion: false,
    now: 1000,
    ...over,
  });
  const scroll = (index: number, behavior: "instant" | "smooth"): Placement => ({
    kind: "scroll",
    top: index * HEIGHT,
    behavior,
    heading: { index, until: 1000 + HEADING_MS },
  });

  it.each<[string, Partial<AddressChange>, Placement]>([
    ["the scroller is on the slide already", { at: at(3) }, { kind: "there" }],
    [
      "it is within a pixel of it",
      { at: { scrollTop: 2400.5, height: HEIGHT } },
      { kind: "there" },
    ],
    ["the slide is the next one", {}, scroll(3, "smooth")],
    ["the slide is two away", { current: 4 }, scroll(4, "smooth")],
    ["the slide is three away", { current: 5 }, scroll(5, "instant")],
    ["the slide is far behind", { current: 0, at: at(9) }, scroll(0, "instant")],
    ["it is the reader's first position", { first: true }, scroll(3, "instant")],
    ["the reader prefers reduced motion", { reducedMotion: true }, scroll(3, "instant")],
  ])("when %s", (_situation, over, placement) => {
    expect(placeOnAddress(change(over))).toEqual(placement);
  });
});

describe("onRest", () => {
  const rest = (over: Partial<Rest>): Rest => ({
    index: 2,
    at: at(2),
    heading: null,
    current: 0,
    count: 5,
    now: 1000,
    ...over,
  });
  const follow = (snapTo: number | null, address: number | null): RestDecision => ({
    kind: "follow",
    snapTo,
    address,
  });
  const ours = { index: 4, until: 1500 };

  it.each<[string, Partial<Rest>, RestDecision]>([
    ["the reader rests on another slide", {}, follow(null, 3)],
    ["the reader rests on the addressed slide", { current: 2 }, follow(null, null)],
    ["the rest is between two slides", { at: at(2.2) }, follow(2 * HEIGHT, 3)],
    ["the rest is past the last slide", { index: 5, at: at(5) }, follow(null, null)],
    [
      "our scroll is on its way to another slide",
      { heading: ours, now: 1200 },
      { kind: "recheck", after: 320 },
    ],
    [
      "our scroll has arrived",
      { index: 4, at: at(4), heading: ours, current: 4 },
      follow(null, null),
    ],
    ["our scroll had time to arrive and did not", { heading: ours, now: 1500 }, follow(null, 3)],
  ])("when %s", (_situation, over, decision) => {
    expect(onRest(rest(over))).toEqual(decision);
  });
});

describe("onResize", () => {
  it.each<[string, number, { scrollTop: number; height: number }, boolean, number | null]>([
    ["at once, even on a slide", 2, at(2), false, 2 * HEIGHT],
    ["at once, to the slide's new top", 2, at(2.5, 600), false, 2 * 600],
    ["a frame later, on a slide", 2, at(2, 600), true, null],
    ["a frame later, between two slides", 2, at(2.5, 600), true, 2 * 600],
  ])("puts the scroller back %s", (_when, current, position, settled, top) => {
    expect(onResize(current, position, settled)).toBe(top);
  });
});
