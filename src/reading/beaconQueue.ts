import type { ReadingEvent } from "./readingEvent";

/** A beacon leaves as soon as this many events wait, and at the latest when the page is hidden. */
export const BATCH_SIZE = 20;

/** Events kept while they cannot be sent (offline); later ones are dropped, not stored. */
export const MOST_QUEUED = 200;

/** `queue` with `event` added, unless it already holds as many as are kept. */
export function enqueue(
  queue: readonly ReadingEvent[],
  event: ReadingEvent,
): readonly ReadingEvent[] {
  return queue.length >= MOST_QUEUED ? queue : [...queue, event];
}

/** Whether `queue` makes a full batch. */
export function isFull(queue: readonly ReadingEvent[]): boolean {
  return queue.length >= BATCH_SIZE;
}

/**
 * A beacon's body: one JSON object per line (JSON Lines), so that the receiving side can append it
 * to events.jsonl as it is. Sent as text/plain, which a beacon may carry without a CORS preflight.
 */
export function beaconBody(events: readonly ReadingEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join("");
}
