import { StoryEnding } from "../ending/StoryEnding";
import type { PhotoFetch } from "../images/fetchPolicy";
import type { Story } from "../story/storyTypes";
import type { Animate } from "./loadMotion";
import { SlideErrorBoundary } from "./SlideErrorBoundary";
import { SlideView } from "./SlideView";
import type { SlidePlace } from "./slideWindow";

interface SlideTrackProps {
  story: Story;
  /**
   * The slides rendered, 0-based and ascending, and the ending as the index after the last slide;
   * the rest of the track is empty rows.
   */
  rendered: readonly number[];
  /** The slide in the track's first row: 0 once hydrated, the addressed one before. */
  firstRow: number;
  /** Whether the app has taken the prerendered page over. */
  hydrated: boolean;
  /** The slide the address names, 0-based. */
  current: number;
  animate: Animate | undefined;
  /** Where a slide stands for its motion, and what of its photo to fetch. */
  placeOf: (index: number) => SlidePlace;
  fetchOf: (index: number) => PhotoFetch;
}

/**
 * The story's article: the slides in reach, each in its row and behind its own error boundary,
 * and the ending in the row after the last slide once it is in reach.
 */
export function SlideTrack({
  story,
  rendered,
  firstRow,
  hydrated,
  current,
  animate,
  placeOf,
  fetchOf,
}: SlideTrackProps) {
  const count = story.slides.length;
  return (
    <article
      className="reader__track"
      lang={story.lang}
      dir={story.dir}
      aria-label={story.headline}
    >
      {/* The cover carries the headline; when it is not rendered, the article still starts with it. */}
      {!rendered.includes(0) && <h1 className="visually-hidden">{story.headline}</h1>}
      {rendered.map((index) =>
        index === count ? (
          <StoryEnding
            key="ending"
            story={story}
            row={index - firstRow}
            inView={index === current}
            hydrated={hydrated}
          />
        ) : (
          <SlideErrorBoundary
            key={index}
            number={index + 1}
            count={count}
            title={story.slides[index]?.title ?? ""}
            row={index - firstRow}
          >
            <SlideView
              story={story}
              index={index}
              row={index - firstRow}
              place={placeOf(index)}
              animate={animate}
              inView={index === current}
              fetch={fetchOf(index)}
            />
          </SlideErrorBoundary>
        ),
      )}
    </article>
  );
}
