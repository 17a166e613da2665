import { useState, type RefObject } from "react";
import type { Heading } from "./followPolicy";

/** Where the scroller is heading; `set(null)` hands it back to the reader's own scrolling. */
export interface HeadingRef {
  readonly current: Heading | null;
  set(next: Heading | null): void;
}

/**
 * The slide a scroll of ours is on its way to. While there is one, the scroller does not snap
 * (`data-heading`, see src/styles/reader.css): our scrolls end exactly on a slide and need no snapping, and
 * Firefox re-snaps a snap container whenever its content changes, even in the middle of a smooth
 * scroll, to the slide it last rested on, or to the nearest slide still rendered if that one has
 * gone. The reader adds and drops slides around a move as it goes, so with snapping on, Firefox
 * pulled a move back to the slide it started from, and the address with it. A wheel or a finger
 * that takes over hands the scroller back (`set(null)`), and their scroll snaps as always.
 */
export function useHeading(scrollerRef: RefObject<HTMLElement | null>): HeadingRef {
  const [heading] = useState<HeadingRef>(() => {
    let current: Heading | null = null;
    return {
      get current() {
        return current;
      },
      set(next) {
        current = next;
        const scroller = scrollerRef.current;
        if (!scroller) return;
        if (next) scroller.dataset.heading = "";
        else delete scroller.dataset.heading;
      },
    };
  });
  return heading;
}
