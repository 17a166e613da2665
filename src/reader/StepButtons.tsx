import type { ReactNode } from "react";
import { Link } from "react-router";
import { slidePath } from "../story/slidePath";

interface StepButtonsProps {
  slug: string;
  slideNumber: number;
  count: number;
  /** Controls for the current slide, shown above the steps. */
  children?: ReactNode;
}

function Arrow({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={up ? "M6 15l6-6 6 6" : "M6 9l6 6 6-6"} />
    </svg>
  );
}

/**
 * Previous and next as links, so they work before the app starts and can be opened in a new
 * tab; moving within a story replaces the history entry instead of adding one.
 */
export function StepButtons({ slug, slideNumber, count, children }: StepButtonsProps) {
  const step = (label: string, target: number, up: boolean) =>
    target >= 1 && target <= count ? (
      <Link
        className="step"
        to={slidePath(slug, target)}
        replace
        aria-label={label}
        rel={up ? "prev" : "next"}
      >
        <Arrow up={up} />
      </Link>
    ) : (
      <span className="step is-disabled" aria-hidden="true">
        <Arrow up={up} />
      </span>
    );
  return (
    <nav className="steps" aria-label="Slides">
      {children}
      {step("Previous slide", slideNumber - 1, true)}
      {step("Next slide", slideNumber + 1, false)}
    </nav>
  );
}
