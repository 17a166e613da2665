import type { ReactNode } from "react";
import { ErrorBoundary } from "../faults/ErrorBoundary";
import { useMessages } from "../i18n/useMessages";

/**
 * The last line: if a page cannot be drawn at all, the reader gets a page that says so, with a way
 * to try again and a way back to the stories, never a blank screen. Plain links, since the router
 * itself may be what failed.
 */
export function AppErrorBoundary({ base, children }: { base: string; children: ReactNode }) {
  const say = useMessages();
  return (
    <ErrorBoundary
      fallback={() => (
        <main className="page" id="story">
          <p className="page__kicker">{say.pageFailedKicker}</p>
          <h1 className="page__title">{say.pageFailedHeading}</h1>
          <p className="page__lede">{say.pageFailedLede}</p>
          <ul className="not-found__links">
            <li>
              <a href={typeof window === "undefined" ? base : window.location.href}>
                {say.reloadPage}
              </a>
            </li>
            <li>
              <a href={base}>{say.seeAllStories}</a>
            </li>
          </ul>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
