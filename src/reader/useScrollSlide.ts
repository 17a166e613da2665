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
 * the slide it rests on once scrolling stops. The browser's `scrollend` says when: it waits for a
 * finger to lift and for a fling and its snap to finish. A browser without it gets a short quiet
 * period instead, never counted while a finger is on the screen: a reader who holds still
 * mid-swipe has not chosen a slide, and settling would pull the page from under their finger.
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
    const hasScrollEnd = "onscrollend" in scroller;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let touching = false;

    const settle = () => {
      clearTimeout(timer);
      timer = undefined;
      latest.current.onSettle(nearestSlide(scroller));
    };
    const waitForQuiet = () => {
      clearTimeout(timer);
      timer = hasScrollEnd || touching ? undefined : setTimeout(settle, SETTLE_MS);
    };
    const onScroll = () => {
      waitForQuiet();
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // React drops a state update that changes nothing, so reporting every frame costs nothing.
        latest.current.onView(nearestSlide(scroller));
      });
    };
    const onTouch = (event: TouchEvent) => {
      touching = event.touches.length > 0;
      waitForQuiet();
    };
    const touchEvents = ["touchstart", "touchend", "touchcancel"] as const;
    scroller.addEventListener("scroll", onScroll, { passive: true });
    if (hasScrollEnd) scroller.addEventListener("scrollend", settle);
    for (const type of touchEvents) scroller.addEventListener(type, onTouch, { passive: true });
    return () => {
      scroller.removeEventListener("scroll", onScroll);
      scroller.removeEventListener("scrollend", settle);
      for (const type of touchEvents) scroller.removeEventListener(type, onTouch);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [scrollerRef]);
}
