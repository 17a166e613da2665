import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { SlidePhoto } from "../images/SlidePhoto";
import { formatDateline } from "../story/dateline";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

const FIRST_COVER = { load: true, priority: "high" } as const;
const OTHER_COVER = { load: true, priority: "auto" } as const;

/** `/`: every story, with its cover photo, headline, date and number of slides. */
export function HomeRoute({ stories }: { stories: readonly Story[] }) {
  const say = useMessages();
  useDocumentTitle(say.siteTitle);
  return (
    <main className="page" id="story">
      <h1 className="page__title">{say.siteTitle}</h1>
      <ul className="home__list">
        {stories.map((story, index) => {
          const { cover } = story;
          return (
            <li key={story.slug}>
              <Link className="story-card__link" to={slidePath(story.slug, 1)}>
                {cover && (
                  <div className="story-card__photo">
                    <SlidePhoto image={cover} fetch={index === 0 ? FIRST_COVER : OTHER_COVER} />
                  </div>
                )}
                <span className="story-card__headline">{story.headline}</span>
              </Link>
              <p className="story-card__meta">
                <time dateTime={story.published}>
                  {formatDateline(story.published, story.timeZoneLabel)}
                </time>
                <span aria-hidden="true"> · </span>
                {say.slideCount(story.slides.length)}
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
