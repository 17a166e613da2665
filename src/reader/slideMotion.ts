import type { SlidePlace } from "./slideWindow";

/** A slide part's look in one place: only what the compositor animates cheaply. */
export interface MotionTarget {
  opacity: number;
  transform: string;
}

export type SlidePart = "photo" | "text";

/**
 * Where each part of a slide stands in each place. The photo of a slide that has gone recedes; the
 * one coming up waits slightly enlarged. A slide's text rises into place once its slide is current.
 */
export const SLIDE_MOTION: Record<SlidePart, Record<SlidePlace, MotionTarget>> = {
  photo: {
    before: { opacity: 0.35, transform: "scale(0.9)" },
    current: { opacity: 1, transform: "none" },
    after: { opacity: 0.8, transform: "scale(1.08)" },
  },
  text: {
    before: { opacity: 0, transform: "translateY(-24px)" },
    current: { opacity: 1, transform: "none" },
    after: { opacity: 0, transform: "translateY(40px)" },
  },
};

const EASE_OUT = [0.22, 1, 0.36, 1] as const;

/** Durations and delays in seconds, as framer-motion takes them. */
export const SLIDE_TRANSITION: Record<
  SlidePart,
  { duration: number; delay: number; ease: readonly number[] }
> = {
  photo: { duration: 0.7, delay: 0, ease: EASE_OUT },
  text: { duration: 0.5, delay: 0.12, ease: EASE_OUT },
};
