/** Every reading event's DOM name starts with this: `photostory:opened`, `photostory:seen`… */
export const READING_EVENT_PREFIX = "photostory:";

/** The shape's version: a listener or a report can tell which fields to expect. */
export const READING_EVENTS_VERSION = 1;

/** Where a reading is, in every event. No identifier, no time, no address beyond the story's slug. */
export interface ReadingContext {
  v: typeof READING_EVENTS_VERSION;
  /** The story's slug. */
  story: string;
  /** The story's number of slides. */
  slides: number;
  /** The story's language tag. */
  lang: string;
  /** Whether the story is read in an embed on another site (an /embed/… route). */
  embed: boolean;
}

/** What happened, with the slide it happened on (1-based). */
export type ReadingHappening =
  /** The reader opened the story on `slide` (its entry slide). */
  | { type: "opened"; slide: number }
  /** `slide` stayed the current one for a real rest (see DWELL_MS), counted once per reading. */
  | { type: "seen"; slide: number }
  /** `slide` is the furthest seen so far; `previous` was, or null for the first one seen. */
  | { type: "furthest"; slide: number; previous: number | null }
  /** The last slide was seen. */
  | { type: "finished"; slide: number }
  /** The share button shared the slide, copied its link, or showed it to copy. */
  | { type: "shared"; slide: number; outcome: "shared" | "copied" | "manual" }
  /** The reader opened the slide's photo large. */
  | { type: "enlarged"; slide: number }
  /** The story was read without a connection (once per reading). */
  | { type: "offline"; slide: number };

export type ReadingEventType = ReadingHappening["type"];

/** The `detail` of a reading event, and one line of the collected figures. */
export type ReadingEvent = ReadingContext & ReadingHappening;

/** Every type, in the order a reading meets them. */
export const READING_EVENT_TYPES: readonly ReadingEventType[] = [
  "opened",
  "seen",
  "furthest",
  "finished",
  "shared",
  "enlarged",
  "offline",
];
