import * as m from "framer-motion/m";
import { useId, useRef, useState, type CSSProperties } from "react";
import type { PhotoFetch } from "../images/fetchPolicy";
import { SlidePhoto } from "../images/SlidePhoto";
import type { Story } from "../story/storyTypes";
import { PHOTO_TRANSITION, PHOTO_VARIANTS, TEXT_TRANSITION, TEXT_VARIANTS } from "./slideMotion";
import type { SlidePlace } from "./slideWindow";
import { SlideText } from "./SlideText";
import { useOverflows } from "./useOverflows";

interface SlideViewProps {
  story: Story;
  index: number;
  /** The row of the track the slide stands in (its index, less the rows not rendered above). */
  row: number;
  place: SlidePlace;
  /** Off-screen slides keep their text for screen readers but not their controls for Tab. */
  inView: boolean;
  fetch: PhotoFetch;
}

/** One full-screen slide: its photo, and its words over the photo. */
export function SlideView({ story, index, row, place, inView, fetch }: SlideViewProps) {
  const slide = story.slides[index];
  const textRef = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(textRef);
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  if (!slide) return null;
  const count = story.slides.length;
  const label = `${index + 1} of ${count}`;
  return (
    <section
      className={slide.image ? "slide" : "slide slide--text"}
      style={{ "--row": row } as CSSProperties}
      aria-label={`Slide ${label}`}
      data-slide={index + 1}
      data-place={place}
    >
      <figure className="slide__figure">
        {slide.image && (
          <m.div
            className="slide__photo"
            variants={PHOTO_VARIANTS}
            animate={place}
            initial={false}
            transition={PHOTO_TRANSITION}
          >
            <SlidePhoto image={slide.image} fetch={fetch} />
          </m.div>
        )}
        <m.figcaption
          className="slide__panel"
          variants={TEXT_VARIANTS}
          animate={place}
          initial={false}
          transition={TEXT_TRANSITION}
        >
          <div
            ref={textRef}
            id={textId}
            className={
              expanded
                ? "slide__text is-expanded"
                : overflows
                  ? "slide__text is-clipped"
                  : "slide__text"
            }
          >
            <SlideText
              story={story}
              slide={slide}
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
              {expanded ? "Show less" : "Read more"}
            </button>
          )}
        </m.figcaption>
      </figure>
    </section>
  );
}
