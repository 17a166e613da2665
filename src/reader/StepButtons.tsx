import type { ReactNode } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { Icon } from "../icons/Icon";
import { stopPath } from "../story/slidePath";

interface StepButtonsProps {
  slug: string;
  /** The stop the reader is on: a slide, or the ending after the last (see StoryReader). */
  slideNumber: number;
  /** How many slides the story has. */
  count: number;
  /** Controls for the current slide, shown above the steps. */
  children?: ReactNode;
}

/**
 * Previous and next as links, so they work before the app starts and can be opened in a new
 * tab; moving within a story replaces the history entry instead of adding one. The last slide's
 * next leads to the ending, and the ending's previous back to the last slide.
 */
export function StepButtons({ slug, slideNumber, count, children }: StepButtonsProps) {
  const say = useMessages();
  const step = (label: string, target: number, up: boolean) =>
    target >= 1 && target <= count + 1 ? (
      <Link
        className="step"
        to={stopPath(slug, target, count)}
        replace
        aria-label={label}
        rel={up ? "prev" : "next"}
      >
        <Icon name={up ? "up" : "down"} />
      </Link>
    ) : (
      <span className="step is-disabled" aria-hidden="true">
        <Icon name={up ? "up" : "down"} />
      </span>
    );
  return (
    <nav className="steps" aria-label={say.slideSteps}>
      {children}
      {step(say.previousSlide, slideNumber - 1, true)}
      {step(slideNumber === count ? say.toTheEnding : say.nextSlide, slideNumber + 1, false)}
    </nav>
  );
}
