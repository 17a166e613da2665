import { Component, type ReactNode } from "react";

/**
 * The last line: if a page cannot be drawn at all, the reader gets a page that says so, with a way
 * to try again and a way back to the stories, never a blank screen. Plain links, since the router
 * itself may be what failed.
 */
export class AppErrorBoundary extends Component<
  { base: string; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page not-found" id="story">
        <p className="page__kicker">Something went wrong</p>
        <h1 className="page__title">This page could not be shown</h1>
        <p className="page__lede">Reloading often helps. The stories themselves are safe.</p>
        <ul className="not-found__links">
          <li>
            <a href={typeof window === "undefined" ? this.props.base : window.location.href}>
              Reload this page
            </a>
          </li>
          <li>
            <a href={this.props.base}>See all stories</a>
          </li>
        </ul>
      </main>
    );
  }
}
