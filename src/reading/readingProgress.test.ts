import { describe, expect, it } from "vitest";
import type { ReadingHappening } from "./readingEvent";
import { NOT_STARTED, readOffline, restedOn, type ReadingProgress } from "./readingProgress";

/** The progress after resting on each of `slides`, in order, in a story of five. */
function restedOnAll(slides: number[]): {
  progress: ReadingProgress;
  happened: ReadingHappening[];
} {
  let progress = NOT_STARTED;
  const happened: ReadingHappening[] = [];
  for (const slide of slides) {
    const step = restedOn(progress, slide, 5);
    progress = step.progress;
    happened.push(...step.happened);
  }
  return { progress, happened };
}

describe("restedOn", () => {
  it.each<[string, number[], ReadingHappening[]]>([
    [
      "a first rest is seen and the furthest",
      [1],
      [
        { type: "seen", slide: 1 },
        { type: "furthest", slide: 1, previous: null },
      ],
    ],
    [
      "each further slide moves the furthest on from the last",
      [1, 3],
      [
        { type: "seen", slide: 1 },
        { type: "furthest", slide: 1, previous: null },
        { type: "seen", slide: 3 },
        { type: "furthest", slide: 3, previous: 1 },
      ],
    ],
    [
      "a slide behind the furthest is only seen",
      [3, 2],
      [
        { type: "seen", slide: 3 },
        { type: "furthest", slide: 3, previous: null },
        { type: "seen", slide: 2 },
      ],
    ],
    [
      "a slide seen again says nothing",
      [2, 3, 2],
      [
        { type: "seen", slide: 2 },
        { type: "furthest", slide: 2, previous: null },
        { type: "seen", slide: 3 },
        { type: "furthest", slide: 3, previous: 2 },
      ],
    ],
    [
      "the last slide finishes the story",
      [4, 5],
      [
        { type: "seen", slide: 4 },
        { type: "furthest", slide: 4, previous: null },
        { type: "seen", slide: 5 },
        { type: "furthest", slide: 5, previous: 4 },
        { type: "finished", slide: 5 },
      ],
    ],
    [
      "a story opened on its last slide is finished once seen",
      [5, 1],
      [
        { type: "seen", slide: 5 },
        { type: "furthest", slide: 5, previous: null },
        { type: "finished", slide: 5 },
        { type: "seen", slide: 1 },
      ],
    ],
  ])("%s", (_, slides, happened) => {
    expect(restedOnAll(slides).happened).toEqual(happened);
  });

  it("keeps the progress it was given when nothing changes", () => {
    const { progress } = restedOnAll([1, 2]);
    expect(restedOn(progress, 2, 5).progress).toBe(progress);
  });

  it("never changes the progress it was given", () => {
    restedOn(NOT_STARTED, 1, 5);
    expect(NOT_STARTED.seen.size).toBe(0);
  });
});

describe("readOffline", () => {
  it.each<[string, boolean, ReadingHappening[]]>([
    ["says the first time that the story is read offline", false, [{ type: "offline", slide: 2 }]],
    ["says it once per reading", true, []],
  ])("%s", (_, already, happened) => {
    expect(readOffline({ ...NOT_STARTED, offline: already }, 2).happened).toEqual(happened);
  });
});
