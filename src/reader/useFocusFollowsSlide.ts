import { useEffect } from "react";

/**
 * When the current slide changes while focus is inside another slide (its "Read more", say), focus
 * moves to the current slide, so Tab never walks through a slide that is off screen. Focus
 * anywhere else (the buttons, the bar) stays where the reader left it.
 */
export function useFocusFollowsSlide(slideNumber: number): void {
  useEffect(() => {
    const focused = document.activeElement;
    const slide =
      focused instanceof HTMLElement ? focused.closest<HTMLElement>("[data-slide]") : null;
    if (!slide || slide.dataset.slide === String(slideNumber)) return;
    document
      .querySelector<HTMLElement>(`[data-slide="${slideNumber}"]`)
      ?.focus({ preventScroll: true });
  }, [slideNumber]);
}
