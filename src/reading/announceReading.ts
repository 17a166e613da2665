import { READING_EVENT_PREFIX, type ReadingEvent } from "./readingEvent";
import { readersAllowFigures } from "./readersAllowFigures";

/** READING_ENDPOINT at build time, or "" when the build sends nothing (scripts/site.mjs). */
declare const __READING_ENDPOINT__: string;

let sender: Promise<((event: ReadingEvent) => void) | undefined> | undefined;

/**
 * Announces `event` as a DOM event on the document (`photostory:<type>`, the event as its
 * `detail`), and, in a build with an endpoint, queues it for sending. Without one, the condition
 * is a constant false, so the build leaves the sending code out altogether.
 */
export function announceReading(event: ReadingEvent): void {
  // Frozen, so that a listener on the page cannot change what is sent.
  const detail = Object.freeze({ ...event });
  document.dispatchEvent(new CustomEvent(`${READING_EVENT_PREFIX}${event.type}`, { detail }));
  if (__READING_ENDPOINT__ && readersAllowFigures(navigator)) {
    sender ??= import("./sendReadingBeacons").then(
      (module) => module.sendReadingBeacons(__READING_ENDPOINT__),
      () => undefined,
    );
    void sender.then((send) => send?.(detail));
  }
}
