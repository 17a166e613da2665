import { useEffect, useRef, type RefObject } from "react";

/** How long the scroll must rest before the slide in view counts as the reader's choice. */
const SETTLE_MS = 140;

/** The slide (0-based) whose top is nearest the scroller's top. */
export function nearestSlide(scroller: HTMLElement): number {
  const height = scroller.clientHeight;
  return height > 0 ? Math.round(scroller.scrollTop / height) : 0;
}

/** Whether the scroller rests exactly on a slide (to within a pixel). */
export function onSlideBoundary(scroller: HTMLElement): boolean {
  const height = scroller.clientHeight;
  if (height <= 0) return true;
  const offset = scroller.scrollTop % height;
  return offset < 1 || height - offset < 1;
}

interface ScrollSlideHandlers {
  /** At most once a frame while scrolling, with the slide in view, mid-gesture included. */
  onView: (index: number) => void;
  /** When scrolling has come to rest, with the slide it rests on. */
  onSettle: (index: number) => void;
}

/**
 * Watches a slide scroller: reports the slide in view as it changes (at most once a frame) and
 * the slide it rests on once scrolling stops (`scrollend` where the browser has it, otherwise a
 * short quiet period).
 */
export function useScrollSlide(
  scrollerRef: RefObject<HTMLElement | null>,
  handlers: ScrollSlideHandlers,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const settle = () => {
      clearTimeout(timer);
      timer = undefined;
      latest.current.onSettle(nearestSlide(scroller));
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // React drops a state update that changes nothing, so reporting every frame costs nothing.
        latest.current.onView(nearestSlide(scroller));
      });
    };
    scroller.addEventListener("scroll", onScroll, { passive: true });
    scroller.addEventListener("scrollend", settle);
    return () => {
      scroller.removeEventListener("scroll", onScroll);
      scroller.removeEventListener("scrollend", settle);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [scrollerRef]);
}
