import { describe, expect, it } from "vitest";
import { BATCH_SIZE, MOST_QUEUED, beaconBody, enqueue, isFull } from "./beaconQueue";
import type { ReadingEvent } from "./readingEvent";

const seen = (slide: number): ReadingEvent => ({
  v: 1,
  story: "s",
  slides: 9,
  lang: "en",
  embed: false,
  type: "seen",
  slide,
});

const queueOf = (length: number) => Array.from({ length }, (_, index) => seen(index + 1));

describe("enqueue", () => {
  it.each([
    [0, 1],
    [BATCH_SIZE, BATCH_SIZE + 1],
    [MOST_QUEUED - 1, MOST_QUEUED],
    [MOST_QUEUED, MOST_QUEUED],
  ])("adds to a queue of %d to make %d", (before, after) => {
    expect(enqueue(queueOf(before), seen(1))).toHaveLength(after);
  });
});

describe("isFull", () => {
  it.each([
    [0, false],
    [BATCH_SIZE - 1, false],
    [BATCH_SIZE, true],
  ])("a queue of %d: %s", (length, full) => {
    expect(isFull(queueOf(length))).toBe(full);
  });
});

describe("beaconBody", () => {
  it("writes one event per line", () => {
    expect(beaconBody([seen(1), seen(2)])).toBe(
      '{"v":1,"story":"s","slides":9,"lang":"en","embed":false,"type":"seen","slide":1}\n' +
        '{"v":1,"story":"s","slides":9,"lang":"en","embed":false,"type":"seen","slide":2}\n',
    );
  });
});
