import { describe, expect, it } from "vitest";
import { newestFirst, oldestFirst } from "./publishedOrder";

const story = (slug: string, published: string) => ({ slug, published });

// Both at 00:00 UTC: the same moment, whatever their wall clocks say.
const HANOI = story("hanoi", "2019-02-27T07:00:00+07:00");
const SEOUL = story("seoul", "2019-02-27T09:00:00+09:00");
// 01:00 UTC: later than Seoul's story, though its wall clock says 08:00 to Seoul's 09:00.
const LATER = story("later", "2019-02-27T08:00:00+07:00");

describe("publishedOrder", () => {
  it("orders by the moment, not the wall clock", () => {
    expect([LATER, SEOUL].sort(oldestFirst)).toEqual([SEOUL, LATER]);
    expect([SEOUL, LATER].sort(newestFirst)).toEqual([LATER, SEOUL]);
  });

  it("orders stories published at the same moment by slug, either way", () => {
    expect([SEOUL, HANOI].sort(oldestFirst)).toEqual([HANOI, SEOUL]);
    expect([SEOUL, HANOI].sort(newestFirst)).toEqual([HANOI, SEOUL]);
  });
});
