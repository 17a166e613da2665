import type { CSSProperties, ReactNode } from "react";
import { ErrorBoundary } from "../faults/ErrorBoundary";
import { useMessages } from "../i18n/useMessages";

interface SlideErrorBoundaryProps {
  /** The slide's number, title and row, read before anything that could throw. */
  number: number;
  count: number;
  title: string;
  row: number;
  children: ReactNode;
}

/**
 * Keeps one broken slide from taking the story down: it stands in its place, says so, keeps the
 * slide's title, and lets the reader move on by the usual keys and buttons.
 */
export function SlideErrorBoundary({
  number,
  count,
  title,
  row,
  children,
}: SlideErrorBoundaryProps) {
  const say = useMessages();
  return (
    <ErrorBoundary
      fallback={() => (
        <section
          className="slide slide--text"
          style={{ "--row": row } as CSSProperties}
          aria-label={say.slideOfCount(number, count)}
          data-slide={number}
          tabIndex={-1}
        >
          <div className="slide__figure">
            <div className="slide__panel">
              <div className="slide__text">
                <h2 className="slide__title">{title}</h2>
                <p className="slide__caption">{say.slideFailed}</p>
                <p className="slide__body">
                  {number < count ? say.slideFailedGoOn : say.slideFailedLast}
                </p>
              </div>
            </div>
          </div>
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
