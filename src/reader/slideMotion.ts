import type { Transition, Variants } from "framer-motion";

/** The photo of a slide that has gone recedes; the one coming up waits slightly enlarged. */
export const PHOTO_VARIANTS: Variants = {
  before: { opacity: 0.35, scale: 0.9 },
  current: { opacity: 1, scale: 1 },
  after: { opacity: 0.8, scale: 1.08 },
};

/** A slide's text rises into place once its slide is current. */
export const TEXT_VARIANTS: Variants = {
  before: { opacity: 0, y: -24 },
  current: { opacity: 1, y: 0 },
  after: { opacity: 0, y: 40 },
};

const EASE_OUT = [0.22, 1, 0.36, 1] as const;

export const PHOTO_TRANSITION: Transition = { duration: 0.7, ease: EASE_OUT };
export const TEXT_TRANSITION: Transition = { duration: 0.5, ease: EASE_OUT, delay: 0.12 };

/** The longest a slide's entrance runs, in milliseconds. */
export const ENTRANCE_MS = 700;
