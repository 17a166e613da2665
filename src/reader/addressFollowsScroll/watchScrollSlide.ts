import { nearestIndex, type ScrollPosition } from "./followPolicy";

/** Where the browser has no `scrollend`: how long the scroll must rest to count as come to rest. */
const SETTLE_MS = 140;
/** Where it has one: how long to wait for it after the last scroll before settling anyway. */
const SCROLLEND_LATE_MS = 1_000;

/** Where the scroller stands now. */
export function positionOf(scroller: HTMLElement): ScrollPosition {
  return { scrollTop: scroller.scrollTop, height: scroller.clientHeight };
}

/** The slide (0-based) whose top is nearest the scroller's top now. */
export function nearestSlide(scroller: HTMLElement): number {
  return nearestIndex(positionOf(scroller));
}

export interface ScrollSlideHandlers {
  /** At most once a frame while scrolling, with the slide in view, mid-gesture included. */
  onView: (index: number) => void;
  /** When scrolling has come to rest, with the slide it rests on. */
  onSettle: (index: number) => void;
}

/**
 * Watches a slide scroller: reports the slide in view as it changes (at most once a frame) and
 * the slide it rests on once scrolling stops. The browser's `scrollend` says when: it waits for a
 * finger to lift and for a fling and its snap to finish. Without it, a short quiet period says
 * when; with it, a long one is the fallback should it never come. Neither counts while a finger
 * that started on the scroller is still down: a reader who holds still mid-swipe has not chosen a
 * slide, and settling would pull the page from under their finger. Returns what stops watching,
 * and cancels the frame and the timer it may have pending.
 */
export function watchScrollSlide(scroller: HTMLElement, handlers: ScrollSlideHandlers): () => void {
  const hasScrollEnd = "onscrollend" in scroller;
  const quietMs = hasScrollEnd ? SCROLLEND_LATE_MS : SETTLE_MS;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Whether the scroller moved since it last settled; a tap that moved nothing settles nothing.
  let moved = false;
  // The fingers down on the scroller, and the element each touched. A touch's end is sent to
  // the element it started on, even once that element has left the page, so it is heard there.
  const fingers = new Map<number, EventTarget>();

  const settle = () => {
    clearTimeout(timer);
    timer = undefined;
    moved = false;
    handlers.onSettle(nearestSlide(scroller));
  };
  const waitForQuiet = () => {
    clearTimeout(timer);
    timer = moved && !fingers.size ? setTimeout(settle, quietMs) : undefined;
  };
  const onScroll = () => {
    moved = true;
    waitForQuiet();
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      // React drops a state update that changes nothing, so reporting every frame costs nothing.
      handlers.onView(nearestSlide(scroller));
    });
  };
  const lift = (event: Event) => {
    for (const touch of Array.from((event as TouchEvent).changedTouches ?? [])) {
      const target = fingers.get(touch.identifier);
      fingers.delete(touch.identifier);
      if (target && ![...fingers.values()].includes(target)) unwatch(target);
    }
    waitForQuiet();
  };
  const watch = (target: EventTarget) => {
    target.addEventListener("touchend", lift, { passive: true });
    target.addEventListener("touchcancel", lift, { passive: true });
  };
  const unwatch = (target: EventTarget) => {
    target.removeEventListener("touchend", lift);
    target.removeEventListener("touchcancel", lift);
  };
  const onTouchStart = (event: TouchEvent) => {
    for (const touch of Array.from(event.changedTouches)) {
      fingers.set(touch.identifier, touch.target);
      watch(touch.target);
    }
    waitForQuiet();
  };
  scroller.addEventListener("scroll", onScroll, { passive: true });
  scroller.addEventListener("scrollend", settle);
  scroller.addEventListener("touchstart", onTouchStart, { passive: true });
  return () => {
    scroller.removeEventListener("scroll", onScroll);
    scroller.removeEventListener("scrollend", settle);
    scroller.removeEventListener("touchstart", onTouchStart);
    for (const target of new Set(fingers.values())) unwatch(target);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
