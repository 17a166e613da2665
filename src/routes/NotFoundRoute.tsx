import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/** Any address that is not a story or one of its slides. */
export function NotFoundRoute({ stories }: { stories: readonly Story[] }) {
  const say = useMessages();
  useDocumentTitle(say.notFoundTitle);
  return (
    <main className="page" id="story">
      <p className="page__kicker">{say.notFoundKicker}</p>
      <h1 className="page__title">{say.notFoundHeading}</h1>
      <p className="page__lede">{say.notFoundLede}</p>
      <ul className="not-found__links">
        {stories.map((story) => (
          <li key={story.slug}>
            <Link to={slidePath(story.slug, 1)}>{say.startReading(story.headline)}</Link>
          </li>
        ))}
        <li>
          <Link to="/">{say.seeAllStories}</Link>
        </li>
      </ul>
    </main>
  );
}
