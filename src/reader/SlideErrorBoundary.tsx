import type { CSSProperties, ReactNode } from "react";
import { ErrorBoundary } from "../faults/ErrorBoundary";

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
  return (
    <ErrorBoundary
      fallback={() => (
        <section
          className="slide slide--text"
          style={{ "--row": row } as CSSProperties}
          aria-label={`Slide ${number} of ${count}`}
          data-slide={number}
          tabIndex={-1}
        >
          <div className="slide__figure">
            <div className="slide__panel">
              <div className="slide__text">
                <h2 className="slide__title">{title}</h2>
                <p className="slide__caption">This slide could not be shown.</p>
                <p className="slide__body">
                  {number < count
                    ? "The rest of the story goes on: the next slide is below."
                    : "This was the last slide."}
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
