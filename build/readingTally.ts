import { z } from "zod";
import {
  READING_EVENT_TYPES,
  READING_EVENTS_VERSION,
  type ReadingEvent,
} from "../src/reading/readingEvent.ts";

/** One line of collected figures, as the reader sends it (src/reading/readingEvent.ts). */
const slide = z.number().int().positive();
const readingEventSchema = z
  .object({
    v: z.literal(READING_EVENTS_VERSION),
    story: z.string().min(1),
    slides: z.number().int().positive(),
    lang: z.string(),
    embed: z.boolean(),
    type: z.enum(READING_EVENT_TYPES as [ReadingEvent["type"], ...ReadingEvent["type"][]]),
    slide,
    previous: slide.nullable().optional(),
    outcome: z.enum(["shared", "copied", "manual"]).optional(),
  })
  .refine((event) => event.type !== "furthest" || event.previous !== undefined);

/** The events of a JSON Lines file, and how many of its lines were not reading events. */
export function parseReadingEvents(text: string): { events: ReadingEvent[]; skipped: number } {
  const events: ReadingEvent[] = [];
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped += 1;
      continue;
    }
    const event = readingEventSchema.safeParse(parsed);
    if (event.success) events.push(event.data as ReadingEvent);
    else skipped += 1;
  }
  return { events, skipped };
}

/** What the readings of one slide came to. */
export interface SlideTally {
  slide: number;
  /** Readings whose furthest slide seen is this one or a later one. */
  reached: number;
  /** Readings that rested on this slide (it was seen). */
  rested: number;
  /** Readings whose furthest slide seen is this one. */
  droppedOff: number;
}

/** What the readings of one story came to. */
export interface StoryTally {
  story: string;
  slides: number;
  opened: number;
  /** Readings opened in an embed. */
  fromEmbeds: number;
  finished: number;
  shared: number;
  enlarged: number;
  offline: number;
  /** Readings that left before resting on any slide. */
  leftBeforeResting: number;
  perSlide: SlideTally[];
}

const countOf = (events: readonly ReadingEvent[], test: (event: ReadingEvent) => boolean) =>
  events.filter(test).length;

/**
 * The figures per story and slide. No event names its reading, but each `furthest` names the one
 * before it, so a reading's chain of furthest slides ends where it does: the readings that dropped
 * off at slide n are the furthest events at n less those that moved on from n.
 */
export function tallyReadings(events: readonly ReadingEvent[]): StoryTally[] {
  const stories = [...new Set(events.map((event) => event.story))].sort();
  return stories.map((story) => {
    const own = events.filter((event) => event.story === story);
    const slides = Math.max(...own.map((event) => Math.max(event.slides, event.slide)));
    const furthest = own.flatMap((event) => (event.type === "furthest" ? [event] : []));
    const perSlide: SlideTally[] = [];
    for (let number = slides, beyond = 0; number >= 1; number -= 1) {
      const droppedOff = Math.max(
        0,
        furthest.filter((event) => event.slide === number).length -
          furthest.filter((event) => event.previous === number).length,
      );
      beyond += droppedOff;
      const rested = countOf(own, (event) => event.type === "seen" && event.slide === number);
      perSlide.unshift({ slide: number, reached: beyond, rested, droppedOff });
    }
    const opened = countOf(own, (event) => event.type === "opened");
    const is = (type: ReadingEvent["type"]) => (event: ReadingEvent) => event.type === type;
    return {
      story,
      slides,
      opened,
      fromEmbeds: countOf(own, (event) => event.type === "opened" && event.embed),
      finished: countOf(own, is("finished")),
      shared: countOf(own, is("shared")),
      enlarged: countOf(own, is("enlarged")),
      offline: countOf(own, is("offline")),
      leftBeforeResting: Math.max(0, opened - (perSlide[0]?.reached ?? 0)),
      perSlide,
    };
  });
}

/** The table the report prints for one story. */
export function formatTally(tally: StoryTally): string {
  const header = ["slide", "reached", "rested", "dropped off"];
  const rows = tally.perSlide.map((row) =>
    [row.slide, row.reached, row.rested, row.droppedOff].map(String),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  const plural = (count: number, one: string, many = `${one}s`) =>
    `${count} ${count === 1 ? one : many}`;
  return [
    `${tally.story} (${plural(tally.slides, "slide")}): ${plural(tally.opened, "reading")} opened` +
      ` (${tally.fromEmbeds} in embeds), ${tally.finished} finished, ` +
      `${tally.leftBeforeResting} left before resting on a slide`,
    `shared ${plural(tally.shared, "time")}, ${plural(tally.enlarged, "photo")} enlarged, ` +
      `${plural(tally.offline, "reading")} offline`,
    line(header),
    ...rows.map(line),
  ].join("\n");
}
