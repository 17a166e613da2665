// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { ReadingEvent, ReadingHappening } from "../src/reading/readingEvent.ts";
import { NOT_STARTED, restedOn } from "../src/reading/readingProgress.ts";
import { formatTally, parseReadingEvents, tallyReadings } from "./readingTally.ts";

/** The events of one reading of a four-slide story: opened on `entry`, then rests on `rests`. */
function reading(entry: number, rests: number[], embed = false): ReadingEvent[] {
  const happened: ReadingHappening[] = [{ type: "opened", slide: entry }];
  let progress = NOT_STARTED;
  for (const slide of rests) {
    const step = restedOn(progress, slide, 4);
    progress = step.progress;
    happened.push(...step.happened);
  }
  const context = { v: 1, story: "summit", slides: 4, lang: "en", embed } as const;
  return happened.map((happening) => ({ ...context, ...happening }));
}

const READINGS = [
  reading(1, [1, 2, 3, 4]),
  reading(1, [1, 2, 1]),
  reading(3, [3, 2], true),
  reading(1, []),
];

/** Lines as the beacons bring them: the readings' events interleaved. */
const jsonl = (readings: ReadingEvent[][]) => {
  const lines: string[] = [];
  for (let index = 0; readings.some((events) => index < events.length); index += 1)
    for (const events of readings) if (events[index]) lines.push(JSON.stringify(events[index]));
  return `${lines.join("\n")}\n`;
};

describe("parseReadingEvents", () => {
  it("reads every event of a JSON Lines file", () => {
    const { events, skipped } = parseReadingEvents(jsonl(READINGS));
    expect(events).toHaveLength(READINGS.flat().length);
    expect(skipped).toBe(0);
  });

  it.each([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ ...READINGS[0]?.[0], v: 2 })],
    ["an unknown type", JSON.stringify({ ...READINGS[0]?.[0], type: "clicked" })],
    ["a slide that is no slide", JSON.stringify({ ...READINGS[0]?.[0], slide: 0 })],
    [
      "a furthest without the one before",
      JSON.stringify({ ...READINGS[0]?.[2], previous: undefined }),
    ],
  ])("leaves out a line that is %s", (_, line) => {
    expect(parseReadingEvents(`${line}\n\n`)).toEqual({ events: [], skipped: 1 });
  });
});

describe("tallyReadings", () => {
  it("counts per slide the readings that reached it, rested on it and dropped off there", () => {
    const [tally] = tallyReadings(READINGS.flat());
    expect(tally?.perSlide).toEqual([
      { slide: 1, reached: 3, rested: 2, droppedOff: 0 },
      { slide: 2, reached: 3, rested: 3, droppedOff: 1 },
      { slide: 3, reached: 2, rested: 2, droppedOff: 1 },
      { slide: 4, reached: 1, rested: 1, droppedOff: 1 },
    ]);
  });

  it("counts the readings, the ends, the embeds and those that left at once", () => {
    const [tally] = tallyReadings(READINGS.flat());
    expect(tally).toMatchObject({
      story: "summit",
      slides: 4,
      opened: 4,
      fromEmbeds: 1,
      finished: 1,
      leftBeforeResting: 1,
    });
  });

  it("tallies each story apart", () => {
    const other = reading(1, [1]).map((event) => ({ ...event, story: "another" }));
    expect(tallyReadings([...READINGS.flat(), ...other]).map((tally) => tally.story)).toEqual([
      "another",
      "summit",
    ]);
  });

  it("has nothing to tally without events", () => {
    expect(tallyReadings([])).toEqual([]);
  });
});

describe("formatTally", () => {
  it("prints a table per slide under the story's totals", () => {
    const [tally] = tallyReadings(parseReadingEvents(jsonl(READINGS)).events);
    expect(tally && formatTally(tally)).toBe(
      [
        "summit (4 slides): 4 readings opened (1 in embeds), 1 finished, 1 left before resting on a slide",
        "shared 0 times, 0 photos enlarged, 0 readings offline",
        "slide  reached  rested  dropped off",
        "    1        3       2            0",
        "    2        3       3            1",
        "    3        2       2            1",
        "    4        1       1            1",
      ].join("\n"),
    );
  });
});
