import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from "react";
import { headingTo, onResize, onRest, placeOnAddress } from "./followPolicy";
import { useHeading } from "./useHeading";
import { watchReaderInput } from "./watchReaderInput";
import { watchResize } from "./watchResize";
import { nearestSlide, positionOf, watchScrollSlide } from "./watchScrollSlide";

export interface AddressFollowsScrollOptions {
  /** The slide the address names, 0-based. */
  current: number;
  count: number;
  /** Before hydration the server's page shows the addressed slide at the top: nothing to place. */
  hydrated: boolean;
  reducedMotion: boolean;
  /** Replaces the address with slide `number`, 1-based. */
  goTo: (number: number) => void;
  /** The slide in view while the scroller moves, at most once a frame, mid-gesture included. */
  onView: (index: number) => void;
}

/**
 * The address follows the scroll, and the scroll the address. When the address names another
 * slide, the scroller is placed on it (a scroll of ours, marked as heading there); when the
 * reader's own scrolling comes to rest on another slide, the address changes to it; when the
 * scroller changes size, it is put back on the addressed slide. The decisions are in
 * followPolicy; this hook measures, acts, and cancels every frame and timer it starts, on
 * unmount and whenever a newer one replaces it.
 */
export function useAddressFollowsScroll(
  scrollerRef: RefObject<HTMLElement | null>,
  { current, count, hydrated, reducedMotion, goTo, onView }: AddressFollowsScrollOptions,
): void {
  const heading = useHeading(scrollerRef);
  const positioned = useRef(false);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!hydrated || !scroller) return;
    const first = !positioned.current;
    positioned.current = true;
    // Until the next frame says otherwise, a rest anywhere else is from an older scroll.
    heading.set(headingTo(current, performance.now()));
    const place = () => {
      const at = positionOf(scroller);
      const now = performance.now();
      const placement = placeOnAddress({ current, at, first, reducedMotion, now });
      if (placement.kind === "there") {
        heading.set(null);
        return;
      }
      heading.set(placement.heading);
      scroller.scrollTo({ top: placement.top, behavior: placement.behavior });
    };
    // The first position is taken before the first frame. A move reads the scroll position in the
    // next frame instead, once the browser has laid out the slide this render added: read now, it
    // would force that layout inside the same task and make one long frame of the two.
    if (first) {
      place();
      return;
    }
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [current, hydrated, reducedMotion, heading, scrollerRef]);

  const view = useEffectEvent(onView);
  // Acts on a rest; says how long to wait before looking again when it was a stop on our way.
  const rest = useEffectEvent((scroller: HTMLElement, index: number): number | null => {
    const at = positionOf(scroller);
    const now = performance.now();
    const decision = onRest({ index, at, heading: heading.current, current, count, now });
    if (decision.kind === "recheck") return decision.after;
    heading.set(null);
    if (decision.snapTo !== null) scroller.scrollTo({ top: decision.snapTo, behavior: "instant" });
    if (decision.address !== null) goTo(decision.address);
    return null;
  });
  const resized = useEffectEvent((scroller: HTMLElement, settled: boolean) => {
    const top = onResize(current, positionOf(scroller), settled);
    if (top !== null) scroller.scrollTo({ top, behavior: "instant" });
  });

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const settle = (index: number) => {
      clearTimeout(recheck);
      recheck = undefined;
      const after = rest(scroller, index);
      if (after !== null) recheck = setTimeout(() => settle(nearestSlide(scroller)), after);
    };
    const stops = [
      // The reader's own wheel or touch takes over from a scroll of ours, and snaps as always.
      watchReaderInput(scroller, () => heading.set(null)),
      watchScrollSlide(scroller, { onView: (index) => view(index), onSettle: settle }),
      watchResize(scroller, () => {
        resized(scroller, false);
        // A rotation can settle its sizes over more than one frame: check again once it has.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => resized(scroller, true));
      }),
    ];
    return () => {
      for (const stop of stops) stop();
      clearTimeout(recheck);
      cancelAnimationFrame(frame);
    };
  }, [scrollerRef, heading]);
}
