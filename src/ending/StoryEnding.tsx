import { memo, useId, type CSSProperties } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { SITE_LANGUAGE } from "../i18n/siteLanguage";
import { useStories } from "../library/useStoryLibrary";
import { SITE } from "../publishing/site";
import { ShareButton } from "../sharing/ShareButton";
import { shareTarget } from "../sharing/shareTarget";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";
import { OtherStory } from "./OtherStory";
import { otherStories } from "./otherStories";

interface StoryEndingProps {
  story: Story;
  /** The row of the track it stands in: the one after the last slide's. */
  row: number;
  /** Off screen, its links stay out of the Tab order, as a slide's controls do. */
  inView: boolean;
  /** Before the app runs, there is no share button: the story's address stands in for it. */
  hydrated: boolean;
}

/**
 * The closing screen after the last slide: the story again from the start, sharing it, and the
 * other stories, newest first. Every part is a link but the share button, which needs the app;
 * without it, the story's address is there to copy.
 */
export const StoryEnding = memo(function StoryEnding({
  story,
  row,
  inView,
  hydrated,
}: StoryEndingProps) {
  const say = useMessages();
  const stories = useStories();
  const headingId = useId();
  const target = shareTarget(SITE, story, 1);
  const others = otherStories(stories, story, SITE_LANGUAGE);
  const tabIndex = inView ? 0 : -1;
  return (
    <section
      className="ending"
      style={{ "--row": row } as CSSProperties}
      aria-labelledby={headingId}
      data-slide={story.slides.length + 1}
      data-part="ending"
      tabIndex={-1}
    >
      <div className="ending__inner">
        <h2 className="ending__kicker" id={headingId}>
          {say.theEnd}
        </h2>
        <p className="ending__headline">{story.headline}</p>
        <p className="ending__dateline">
          <time dateTime={story.published}>{story.dateline}</time>
        </p>
        <div className="ending__actions">
          <Link className="ending__again" to={slidePath(story.slug, 1)} replace tabIndex={tabIndex}>
            {say.readAgain}
          </Link>
          {hydrated && (
            <ShareButton
              target={target}
              label={say.shareStory}
              fieldLabel={say.linkToThisStory}
              tabIndex={tabIndex}
            />
          )}
        </div>
        <p className="ending__address">
          {say.linkToThisStory}{" "}
          <a href={target.url} dir="ltr" tabIndex={tabIndex}>
            {target.url.replace(/^https?:\/\//, "")}
          </a>
        </p>
        <nav className="ending__more" aria-label={say.moreStories}>
          {others.length > 0 && <h3 className="ending__more-title">{say.moreStories}</h3>}
          {others.length > 0 && (
            <ul className="ending__list">
              {others.map((other) => (
                <li key={other.slug}>
                  <OtherStory story={other} tabIndex={tabIndex} />
                </li>
              ))}
            </ul>
          )}
          <Link className="ending__all" to="/" tabIndex={tabIndex}>
            {say.seeAllStories}
          </Link>
        </nav>
      </div>
    </section>
  );
});
