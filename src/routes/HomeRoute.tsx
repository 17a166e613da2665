import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { SlidePhoto } from "../images/SlidePhoto";
import { SITE_LANGUAGE } from "../i18n/siteLanguage";
import { listedStories } from "../story/languageVersions";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

const FIRST_COVER = { load: true, priority: "high" } as const;
const OTHER_COVER = { load: true, priority: "auto" } as const;

/**
 * `/`: every story, with its cover photo, headline, date and number of slides; a story in several
 * languages once, in the site's, with links to the others.
 */
export function HomeRoute({ stories }: { stories: readonly Story[] }) {
  const say = useMessages();
  useDocumentTitle(say.siteTitle);
  return (
    <main className="page" id="story">
      <h1 className="page__title">{say.siteTitle}</h1>
      <ul className="home__list">
        {listedStories(stories, SITE_LANGUAGE).map(({ story, others }, index) => {
          const { cover } = story;
          return (
            <li key={story.slug}>
              <Link className="story-card__link" to={slidePath(story.slug, 1)}>
                {cover && (
                  <div className="story-card__photo">
                    <SlidePhoto image={cover} fetch={index === 0 ? FIRST_COVER : OTHER_COVER} />
                  </div>
                )}
                <span className="story-card__headline" lang={story.lang} dir={story.dir}>
                  {story.headline}
                </span>
              </Link>
              <p className="story-card__meta">
                <time dateTime={story.published} lang={story.lang} dir={story.dir}>
                  {story.dateline}
                </time>
                <span aria-hidden="true"> · </span>
                {say.slideCount(story.slides.length)}
              </p>
              {others.length > 0 && (
                <p className="story-card__versions">
                  {say.alsoIn}{" "}
                  {others.map((version, place) => (
                    <span key={version.slug}>
                      {place > 0 && <span aria-hidden="true"> · </span>}
                      <Link
                        to={slidePath(version.slug, 1)}
                        hrefLang={version.lang}
                        lang={version.lang}
                      >
                        {version.name}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
