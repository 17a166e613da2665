import { describe, expect, it } from "vitest";
import { endingPath, parseSlideSegment, slidePath, stopPath } from "./slidePath";

describe("slidePath", () => {
  it.each([
    [1, "/hanoi-summit"],
    [2, "/hanoi-summit/2"],
    [7, "/hanoi-summit/7"],
  ])("gives slide %i the address %s", (slide, path) => {
    expect(slidePath("hanoi-summit", slide)).toBe(path);
  });
});

describe("stopPath", () => {
  it.each([
    [1, 7, "/hanoi-summit"],
    [7, 7, "/hanoi-summit/7"],
    [8, 7, "/hanoi-summit/end"],
    [1, 1, "/hanoi-summit"],
    [2, 1, "/hanoi-summit/end"],
  ])("gives stop %i of a story of %i slides the address %s", (stop, count, path) => {
    expect(stopPath("hanoi-summit", stop, count)).toBe(path);
  });

  it("gives the ending an address of its own, not a slide number", () => {
    expect(endingPath("hanoi-summit")).toBe("/hanoi-summit/end");
  });
});

describe("parseSlideSegment", () => {
  it.each<[string | undefined, number, ReturnType<typeof parseSlideSegment>]>([
    [undefined, 7, { kind: "slide", number: 1 }],
    ["", 7, { kind: "slide", number: 1 }],
    ["1", 7, { kind: "slide", number: 1 }],
    ["4", 7, { kind: "slide", number: 4 }],
    ["7", 7, { kind: "slide", number: 7 }],
    ["04", 7, { kind: "slide", number: 4 }],
    ["0007", 7, { kind: "slide", number: 7 }],
    ["0", 7, { kind: "not-found" }],
    ["000", 7, { kind: "not-found" }],
    ["8", 7, { kind: "not-found" }],
    ["99", 7, { kind: "not-found" }],
    ["abc", 7, { kind: "not-found" }],
    ["-1", 7, { kind: "not-found" }],
    ["+3", 7, { kind: "not-found" }],
    ["2.5", 7, { kind: "not-found" }],
    ["3.0", 7, { kind: "not-found" }],
    ["1e1", 7, { kind: "not-found" }],
    [" 3", 7, { kind: "not-found" }],
    ["٣", 7, { kind: "not-found" }],
    ["３", 7, { kind: "not-found" }],
    ["99999999999999999999999999", 7, { kind: "not-found" }],
    ["1000", 1000, { kind: "slide", number: 1000 }],
    ["1001", 1000, { kind: "not-found" }],
    ["end", 7, { kind: "ending" }],
    ["End", 7, { kind: "not-found" }],
    ["end ", 7, { kind: "not-found" }],
    ["ending", 7, { kind: "not-found" }],
  ])("reads %j in a story of %i slides", (segment, count, expected) => {
    expect(parseSlideSegment(segment, count)).toEqual(expected);
  });
});
