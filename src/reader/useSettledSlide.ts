import { startTransition, useEffect, useState } from "react";

/** At the latest, the window catches up this long after a move, even on a main thread never idle. */
const CATCH_UP_MS = 600;

/**
 * The slide in view, as of the last time the main thread was idle: it lags behind a move by a
 * frame or so. The reader renders its full window around this slide, so the slides a move brings
 * into reach are added after the move has started, in a render of their own that yields to the
 * browser, instead of inside the move's first frame.
 */
export function useSettledSlide(inView: number): number {
  const [settled, setSettled] = useState(inView);
  useEffect(() => {
    if (settled === inView) return;
    const catchUp = () => startTransition(() => setSettled(inView));
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(catchUp, 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(catchUp, { timeout: CATCH_UP_MS });
    return () => cancelIdleCallback(idle);
  }, [inView, settled]);
  return settled;
}
