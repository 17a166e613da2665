import { Link } from "react-router";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/** Any address that is not a story or one of its slides. */
export function NotFoundRoute({ stories }: { stories: readonly Story[] }) {
  useDocumentTitle("Page not found");
  return (
    <main className="page" id="story">
      <p className="page__kicker">Error 404</p>
      <h1 className="page__title">This page is not part of any story</h1>
      <p className="page__lede">
        The address may be mistyped, or the slide it names may not exist.
      </p>
      <ul className="not-found__links">
        {stories.map((story) => (
          <li key={story.slug}>
            <Link to={slidePath(story.slug, 1)}>Start reading: {story.headline}</Link>
          </li>
        ))}
        <li>
          <Link to="/">See all stories</Link>
        </li>
      </ul>
    </main>
  );
}
