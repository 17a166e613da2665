import { useEffect, useEffectEvent, useRef } from "react";
import { useLocation } from "react-router";
import type { Story } from "../story/storyTypes";
import { announceReading } from "./announceReading";
import type { ReadingHappening } from "./readingEvent";
import { readingContext } from "./readingContext";
import {
  DWELL_MS,
  NOT_STARTED,
  readOffline,
  restedOn,
  type ReadingProgress,
  type ReadingStep,
} from "./readingProgress";

/** What the reader's own actions report. */
export interface ReadingFigures {
  shared: (outcome: "shared" | "copied" | "manual") => void;
  enlarged: () => void;
}

/**
 * Announces a reading of `story` as it goes (see readingEvent): opened on `slideNumber`, each slide
 * seen once it has stayed the addressed one for DWELL_MS while the page is visible, the furthest,
 * the end, and reading offline. The ending after the last slide (`slideNumber` past the last) is
 * no slide: resting there counts nothing, and what happens there is told as on the last slide.
 * The decisions are in readingProgress; this hook owns the dwell
 * timer and cancels it whenever the slide changes, the page is hidden, or it unmounts.
 */
export function useReadingFigures(story: Story, stop: number): ReadingFigures {
  const onSlide = stop <= story.slides.length;
  const slideNumber = Math.min(stop, story.slides.length);
  const { pathname } = useLocation();
  const context = readingContext(story, pathname);
  // One reading per story shown: kept across StrictMode's second run of the effects.
  const reading = useRef<{ story: string; progress: ReadingProgress } | null>(null);

  const announce = (happened: readonly ReadingHappening[]) => {
    for (const happening of happened) announceReading({ ...context, ...happening });
  };
  const step = useEffectEvent((next: (progress: ReadingProgress) => ReadingStep) => {
    if (!reading.current) return;
    const { progress, happened } = next(reading.current.progress);
    reading.current.progress = progress;
    announce(happened);
  });
  const open = useEffectEvent(() => {
    if (reading.current?.story === story.slug) return;
    reading.current = { story: story.slug, progress: NOT_STARTED };
    announce([{ type: "opened", slide: slideNumber }]);
  });
  const offline = useEffectEvent(() => {
    if (!navigator.onLine) step((progress) => readOffline(progress, slideNumber));
  });

  useEffect(() => {
    open();
    offline();
    window.addEventListener("offline", offline);
    return () => window.removeEventListener("offline", offline);
  }, [story.slug]);

  useEffect(() => {
    if (!onSlide) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A hidden page is not being read: the rest starts again when it is shown.
    const wait = () => {
      clearTimeout(timer);
      if (document.visibilityState === "hidden") return;
      timer = setTimeout(
        () => step((progress) => restedOn(progress, slideNumber, story.slides.length)),
        DWELL_MS,
      );
    };
    wait();
    document.addEventListener("visibilitychange", wait);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", wait);
    };
  }, [story.slug, story.slides.length, slideNumber, onSlide]);

  return {
    shared: (outcome) => announce([{ type: "shared", slide: slideNumber, outcome }]),
    enlarged: () => announce([{ type: "enlarged", slide: slideNumber }]),
  };
}
