import { memo, useId, useRef, useState, type CSSProperties } from "react";
import type { PhotoFetch } from "../images/fetchPolicy";
import { useMessages } from "../i18n/useMessages";
import { SlidePhoto } from "../images/SlidePhoto";
import type { Story } from "../story/storyTypes";
import type { Animate } from "./loadMotion";
import type { SlidePlace } from "./slideWindow";
import { AboutPhoto } from "./AboutPhoto";
import { SlideText } from "./SlideText";
import { useOverflows } from "./useOverflows";
import { useSlideMotion } from "./useSlideMotion";

interface SlideViewProps {
  story: Story;
  index: number;
  /** The row of the track the slide stands in (its index, less the rows not rendered above). */
  row: number;
  place: SlidePlace;
  /** framer-motion's animate, once loaded and wanted; without it the slide shows its final state. */
  animate: Animate | undefined;
  /** Off-screen slides keep their text for screen readers but not their controls for Tab. */
  inView: boolean;
  fetch: PhotoFetch;
}

function textClass(expanded: boolean, overflows: boolean): string {
  if (expanded) return "slide__text is-expanded";
  return overflows ? "slide__text is-clipped" : "slide__text";
}

/**
 * One full-screen slide: its photo, and its words over the photo. A move through the story
 * renders only the slides whose place, focus or photo choice it changes.
 */
export const SlideView = memo(function SlideView({
  story,
  index,
  row,
  place,
  animate,
  inView,
  fetch,
}: SlideViewProps) {
  const say = useMessages();
  const slide = story.slides[index];
  const photoRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(textRef);
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  const titleId = useId();
  const descriptionId = useId();
  useSlideMotion(photoRef, "photo", place, animate);
  useSlideMotion(panelRef, "text", place, animate);
  const count = story.slides.length;
  // A slide whose page of data has not arrived yet holds its place, says so, and fills in when it
  // does (the reader asks for the pages around it well ahead, so this is rarely seen).
  if (!slide)
    return (
      <section
        className="slide slide--text slide--loading"
        style={{ "--row": row } as CSSProperties}
        aria-label={say.slideOfCount(index + 1, count)}
        aria-busy="true"
        data-slide={index + 1}
        tabIndex={-1}
      >
        <p className="slide__loading">{say.loadingSlide(index + 1)}</p>
      </section>
    );
  return (
    <section
      className={slide.image ? "slide" : "slide slide--text"}
      style={{ "--row": row } as CSSProperties}
      aria-label={say.slideOfCount(index + 1, count)}
      data-slide={index + 1}
      tabIndex={-1}
    >
      {/* data-part names a slide's parts for the browser tests, which leave style classes to the stylesheet. */}
      <figure className="slide__figure" aria-labelledby={titleId}>
        {slide.image && (
          <div ref={photoRef} className="slide__photo" data-part="photo">
            <SlidePhoto
              image={slide.image}
              fetch={fetch}
              describedBy={slide.image.description === undefined ? undefined : descriptionId}
            />
          </div>
        )}
        <figcaption ref={panelRef} className="slide__panel" data-part="panel">
          <div className="slide__words">
            <div
              ref={textRef}
              id={textId}
              className={textClass(expanded, overflows)}
              data-part="text"
            >
              <SlideText
                story={story}
                slide={slide}
                titleId={titleId}
                isFirst={index === 0}
                isLast={index === count - 1}
              />
            </div>
            {(overflows || expanded) && (
              <button
                type="button"
                className="slide__more"
                aria-expanded={expanded}
                aria-controls={textId}
                tabIndex={inView ? 0 : -1}
                onClick={() => setExpanded((value) => !value)}
              >
                {expanded ? say.showLess : say.readMore}
              </button>
            )}
          </div>
          {slide.image && (
            <AboutPhoto image={slide.image} descriptionId={descriptionId} inView={inView} />
          )}
        </figcaption>
      </figure>
    </section>
  );
});
