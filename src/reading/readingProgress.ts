import type { ReadingHappening } from "./readingEvent";

/** How long a slide must stay the current one to count as seen. */
export const DWELL_MS = 1_000;

/** What one reading of a story has counted so far. Slides are 1-based. */
export interface ReadingProgress {
  seen: ReadonlySet<number>;
  furthest: number | null;
  finished: boolean;
  offline: boolean;
}

export const NOT_STARTED: ReadingProgress = {
  seen: new Set(),
  furthest: null,
  finished: false,
  offline: false,
};

/** A step of the reading: the progress after it, and what to announce, in order. */
export interface ReadingStep {
  progress: ReadingProgress;
  happened: ReadingHappening[];
}

/**
 * The reader rested on `slide` of a story of `slides`: it is seen (once per reading), the
 * furthest when it is past every slide seen before, and the story is finished on its last slide.
 */
export function restedOn(progress: ReadingProgress, slide: number, slides: number): ReadingStep {
  if (progress.seen.has(slide)) return { progress, happened: [] };
  const happened: ReadingHappening[] = [{ type: "seen", slide }];
  const furthest = progress.furthest === null || slide > progress.furthest;
  if (furthest) happened.push({ type: "furthest", slide, previous: progress.furthest });
  const finished = !progress.finished && slide === slides;
  if (finished) happened.push({ type: "finished", slide });
  return {
    progress: {
      ...progress,
      seen: new Set([...progress.seen, slide]),
      furthest: furthest ? slide : progress.furthest,
      finished: progress.finished || finished,
    },
    happened,
  };
}

/** The reader is on `slide` without a connection: said once per reading. */
export function readOffline(progress: ReadingProgress, slide: number): ReadingStep {
  if (progress.offline) return { progress, happened: [] };
  return { progress: { ...progress, offline: true }, happened: [{ type: "offline", slide }] };
}
