import { Link } from "react-router";
import { SlidePhoto } from "../images/SlidePhoto";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/** Covers come last on the page: fetched at low priority, and only once near the screen. */
const COVER_FETCH = { load: true, priority: "low" } as const;

/** One story the ending offers: its cover, headline and dateline, as one link to its first slide. */
export function OtherStory({ story, tabIndex }: { story: Story; tabIndex: number }) {
  return (
    <Link className="other-story" to={slidePath(story.slug, 1)} tabIndex={tabIndex}>
      {story.cover && (
        <span className="other-story__photo">
          <SlidePhoto image={story.cover} fetch={COVER_FETCH} lazy />
        </span>
      )}
      <span className="other-story__text" lang={story.lang} dir={story.dir}>
        <span className="other-story__headline">{story.headline}</span>
        <time className="other-story__dateline" dateTime={story.published}>
          {story.dateline}
        </time>
      </span>
    </Link>
  );
}
