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
  /**
   * The address of a stop: on the site, a slide's page or the ending's; in an embed, the embed's
   * own page of the slide, and no ending (it would lead the frame onto the site's pages).
   */
  pathOf?: (slug: string, stop: number) => string;
  /** Whether the stop after the last slide is the ending; an embed stops at the last slide. */
  ending?: boolean;
  /** Controls for the current slide, shown above the steps. */
  children?: ReactNode;
}

/**
 * Previous and next as links, so they work before the app starts and can be opened in a new
 * tab; moving within a story replaces the history entry instead of adding one. The last slide's
 * next leads to the ending, and the ending's previous back to the last slide.
 */
export function StepButtons({
  slug,
  slideNumber,
  count,
  pathOf = (story, stop) => stopPath(story, stop, count),
  ending = true,
  children,
}: StepButtonsProps) {
  const say = useMessages();
  const stops = ending ? count + 1 : count;
  const step = (label: string, target: number, up: boolean) =>
    target >= 1 && target <= stops ? (
      <Link
        className="step"
        to={pathOf(slug, target)}
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
      {step(
        slideNumber === count && ending ? say.toTheEnding : say.nextSlide,
        slideNumber + 1,
        false,
      )}
    </nav>
  );
}
