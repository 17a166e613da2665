import type { ReactNode } from "react";
import { ErrorBoundary } from "../faults/ErrorBoundary";

/**
 * The last line: if a page cannot be drawn at all, the reader gets a page that says so, with a way
 * to try again and a way back to the stories, never a blank screen. Plain links, since the router
 * itself may be what failed.
 */
export function AppErrorBoundary({ base, children }: { base: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={() => (
        <main className="page" id="story">
          <p className="page__kicker">Something went wrong</p>
          <h1 className="page__title">This page could not be shown</h1>
          <p className="page__lede">Reloading often helps. The stories themselves are safe.</p>
          <ul className="not-found__links">
            <li>
              <a href={typeof window === "undefined" ? base : window.location.href}>
                Reload this page
              </a>
            </li>
            <li>
              <a href={base}>See all stories</a>
            </li>
          </ul>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
