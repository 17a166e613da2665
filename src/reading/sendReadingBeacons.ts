// Loaded only by a build with READING_ENDPOINT set (see announceReading.ts), and only for a reader
// who has not asked not to be tracked.
import { beaconBody, enqueue, isFull } from "./beaconQueue";
import type { ReadingEvent } from "./readingEvent";

/**
 * Starts sending reading events to `endpoint` in batches, with navigator.sendBeacon: when a batch
 * is full, and when the page is hidden or left (the last moment a page can be sure to send).
 * Offline, events wait for the connection. Returns what takes an event; `signal` stops it.
 */
export function sendReadingBeacons(
  endpoint: string,
  signal?: AbortSignal,
): (event: ReadingEvent) => void {
  let queue: readonly ReadingEvent[] = [];
  const flush = () => {
    if (queue.length === 0 || !navigator.onLine) return;
    const body = new Blob([beaconBody(queue)], { type: "text/plain" });
    // Refused (too much queued by the browser): kept for the next try.
    if (navigator.sendBeacon(endpoint, body)) queue = [];
  };
  // The app's sender lives as long as the page: there is one per page.
  const options = signal ? { signal } : {};
  window.addEventListener("pagehide", flush, options);
  window.addEventListener("online", flush, options);
  document.addEventListener(
    "visibilitychange",
    () => {
      if (document.visibilityState === "hidden") flush();
    },
    options,
  );
  return (event) => {
    queue = enqueue(queue, event);
    if (isFull(queue)) flush();
  };
}
