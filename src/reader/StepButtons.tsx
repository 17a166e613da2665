import type { ReactNode } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { Icon } from "../icons/Icon";
import { slidePath } from "../story/slidePath";

interface StepButtonsProps {
  slug: string;
  slideNumber: number;
  count: number;
  /** The address of a slide: its page on the site, or in an embed. */
  pathOf?: (slug: string, slideNumber: number) => string;
  /** Controls for the current slide, shown above the steps. */
  children?: ReactNode;
}

/**
 * Previous and next as links, so they work before the app starts and can be opened in a new
 * tab; moving within a story replaces the history entry instead of adding one.
 */
export function StepButtons({
  slug,
  slideNumber,
  count,
  pathOf = slidePath,
  children,
}: StepButtonsProps) {
  const say = useMessages();
  const step = (label: string, target: number, up: boolean) =>
    target >= 1 && target <= count ? (
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
      {step(say.nextSlide, slideNumber + 1, false)}
    </nav>
  );
}
