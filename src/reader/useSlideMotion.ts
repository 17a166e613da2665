import { useEffect, useRef, type RefObject } from "react";
import type { Animate } from "./loadMotion";
import { SLIDE_MOTION, SLIDE_TRANSITION, type SlidePart } from "./slideMotion";
import type { SlidePlace } from "./slideWindow";

/**
 * Moves one part of a slide to where its place says, with framer-motion. The part is rendered in
 * its final state ("current", no inline style); without `animate` (not loaded, reduced motion) it
 * stays or returns there. A slide that has just appeared takes its place at once; after that, each
 * change of place animates from wherever the part is on screen.
 */
export function useSlideMotion(
  ref: RefObject<HTMLElement | null>,
  part: SlidePart,
  place: SlidePlace,
  animate: Animate | undefined,
): void {
  const shown = useRef<SlidePlace>("current");
  const settled = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (!animate) {
      element.style.removeProperty("opacity");
      element.style.removeProperty("transform");
      shown.current = "current";
      settled.current = false;
      return;
    }
    const target = SLIDE_MOTION[part][place];
    if (!settled.current || shown.current === place) {
      settled.current = true;
      shown.current = place;
      element.style.opacity = String(target.opacity);
      element.style.transform = target.transform;
      return;
    }
    shown.current = place;
    // Where the part stands on screen is its inline style: a settled part's target, or where an
    // interrupted move froze it. Reading it costs nothing; reading the computed style would force
    // the layout of the slide this move added, inside the move's own frame.
    const from = {
      opacity: Number(element.style.opacity),
      transform: element.style.transform || "none",
    };
    // The end state is the inline style, so the part stays there when the animation ends.
    element.style.opacity = String(target.opacity);
    element.style.transform = target.transform;
    const { duration, delay, ease } = SLIDE_TRANSITION[part];
    const controls = animate(
      element,
      { opacity: [from.opacity, target.opacity], transform: [from.transform, target.transform] },
      { duration, delay, ease: [...ease] as [number, number, number, number] },
    );
    let running = true;
    const ended = () => {
      running = false;
    };
    controls.finished.then(ended, ended);
    return () => {
      if (!running) return;
      // Freeze the part where it is, so the next move starts from what the reader sees.
      const at = getComputedStyle(element);
      const opacity = at.opacity;
      const transform = at.transform;
      controls.stop();
      element.style.opacity = opacity;
      element.style.transform = transform;
    };
  }, [ref, part, place, animate]);
}
