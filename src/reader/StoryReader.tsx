import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
} from "react";
import { useNavigate } from "react-router";
import { firstPaintFetch, photoFetch } from "../images/fetchPolicy";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { useLoadSlides } from "../library/useStoryLibrary";
import { useKeepStoryOffline } from "../offline/useKeepStoryOffline";
import { slideDocumentTitle } from "../story/documentTitle";
import { slideAnnouncement } from "../story/slideAnnouncement";
import { useFocusFollowsSlide } from "./useFocusFollowsSlide";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";
import { ContentsDialog } from "./ContentsDialog";
import { ReaderBar } from "./ReaderBar";
import { LOAD_AHEAD, firstPaintWindow, movingWindow, slidePlace } from "./slideWindow";
import { SlideView } from "./SlideView";
import { StepButtons } from "./StepButtons";
import { useHeading } from "./useHeading";
import { useHydrated } from "./useHydrated";
import { useReaderKeys } from "./useReaderKeys";
import { useReducedMotion } from "./useReducedMotion";
import { loadMotion, useMotion } from "./loadMotion";
import { nearestSlide, onSlideBoundary, useScrollSlide } from "./useScrollSlide";
import { useResize } from "./useResize";
import { useSettledSlide } from "./useSettledSlide";
import { useReaderTakesOver } from "./useReaderTakesOver";
import { usePhotoZoom } from "../zoom/usePhotoZoom";
import { EnlargeButton } from "../zoom/EnlargeButton";
import { PhotoZoomLoader } from "../zoom/PhotoZoomLoader";
import { SlideErrorBoundary } from "./SlideErrorBoundary";

/** Longer than any smooth scroll between slides takes; after it, a rest anywhere counts again. */
const HEADING_MS = 1500;

interface StoryReaderProps {
  story: Story;
  /** The slide the address names, 1-based: the reader's position. */
  slideNumber: number;
}

/**
 * The story as a vertical, snapping sequence of full-screen slides. The address says which slide
 * is current: the reader scrolls to it when it changes, and changes it (replacing the history
 * entry) when the reader's own scrolling comes to rest on another slide.
 */
export function StoryReader({ story, slideNumber }: StoryReaderProps) {
  const navigate = useNavigate();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const count = story.slides.length;
  const current = slideNumber - 1;
  const hydrated = useHydrated();
  const reducedMotion = useReducedMotion();
  const motion = useMotion();
  const [inView, setInView] = useState(current);
  const [entry] = useState(current);
  const [direction, setDirection] = useState<1 | -1>(1);
  // When the address names another slide, that slide is the one in view from now on, even if the
  // scroll is there already. Adjusted during render, so a move costs one render and one commit: a
  // state update from an effect would render and commit the whole reader a second time, in the
  // same task as the first.
  const [addressed, setAddressed] = useState(current);
  if (addressed !== current) {
    setAddressed(current);
    setDirection(current >= inView ? 1 : -1);
    setInView(current);
  }
  const [contentsOpen, setContentsOpen] = useState(false);
  const positioned = useRef(false);
  // The slide a scroll of ours is on its way to; a rest anywhere else meanwhile is from an older
  // scroll and must not move the address back. The reader's own wheel or touch takes over.
  const heading = useHeading(scrollerRef);
  useReaderTakesOver(scrollerRef, () => heading.set(null));
  const zoom = usePhotoZoom();
  // The slide the reader arrived on is not announced; every one they move to is.
  const [moved, setMoved] = useState(false);
  if (!moved && current !== entry) setMoved(true);
  useFocusFollowsSlide(slideNumber);
  useDocumentTitle(slideDocumentTitle(story, slideNumber));
  useKeepStoryOffline(story, slideNumber);
  const currentImage = story.slides[current]?.image;
  // The slides' data comes in pages: the ones around the reader and the address, well ahead.
  useLoadSlides(
    story.slug,
    Math.min(inView, current) - LOAD_AHEAD,
    Math.max(inView, current) + LOAD_AHEAD,
  );

  // The server renders the current slide at the top, with nothing above it, so the page shows it
  // without JavaScript. Once hydrated, the rows above exist and the scroller moves down to it.
  const firstRow = hydrated ? 0 : current;
  const settledSlide = useSettledSlide(inView);
  const rendered = hydrated
    ? movingWindow(settledSlide, inView, current, count)
    : firstPaintWindow(current, count);

  const goTo = useCallback(
    (number: number) => navigate(slidePath(story.slug, number), { replace: true }),
    [navigate, story.slug],
  );

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!hydrated || !scroller) return;
    const first = !positioned.current;
    positioned.current = true;
    // Until the next frame says otherwise, a rest anywhere else is from an older scroll.
    heading.set({ index: current, until: performance.now() + HEADING_MS });
    const place = () => {
      const top = current * scroller.clientHeight;
      if (Math.abs(scroller.scrollTop - top) < 1) {
        heading.set(null);
        return;
      }
      // A long way is jumped: a smooth scroll past many slides would only blur them by.
      const jump = first || reducedMotion || Math.abs(nearestSlide(scroller) - current) > 2;
      heading.set({ index: current, until: performance.now() + HEADING_MS });
      scroller.scrollTo({ top, behavior: jump ? "instant" : "smooth" });
    };
    // The first position is taken before the first frame. A move reads the scroll position in the
    // next frame instead, once the browser has laid out the slide this render added: read now, it
    // would force that layout inside the same task and make one long frame of the two.
    if (first) {
      place();
      return;
    }
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [current, hydrated, reducedMotion, heading]);

  useScrollSlide(scrollerRef, {
    onView: (index) => {
      setDirection(index >= inView ? 1 : -1);
      setInView(index);
    },
    onSettle: (index) => settle.current(index),
  });

  // Where the scroll comes to rest is the reader's choice, unless it is a stop on the way of a
  // scroll of ours; that one is looked at again once our scroll has had time to arrive.
  const settle = useRef((index: number) => void index);
  useEffect(() => {
    settle.current = (index: number) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const bound = heading.current;
      if (bound && index !== bound.index && performance.now() < bound.until) {
        setTimeout(
          () => settle.current(nearestSlide(scroller)),
          bound.until - performance.now() + 20,
        );
        return;
      }
      heading.set(null);
      // Snapping should leave the scroller on a slide; if something left it between two, finish it.
      if (!onSlideBoundary(scroller)) {
        scroller.scrollTo({ top: index * scroller.clientHeight, behavior: "instant" });
      }
      if (index !== current && index < count) goTo(index + 1);
    };
  });

  useResize(scrollerRef, (scroller) => {
    const put = () =>
      scroller.scrollTo({ top: current * scroller.clientHeight, behavior: "instant" });
    put();
    // A rotation can settle its sizes over more than one frame: check again once it has.
    requestAnimationFrame(() => {
      if (!onSlideBoundary(scroller)) put();
    });
  });

  useReaderKeys(slideNumber, count, goTo);

  // The motion code comes after the first paint; it is not needed to read the slide in view.
  useEffect(() => {
    if (hydrated && !reducedMotion) void loadMotion();
  }, [hydrated, reducedMotion]);

  // Every slide shows its final state until slides can animate, and always under reduced motion.
  const animate = hydrated && !reducedMotion ? motion : undefined;
  const animated = animate !== undefined;
  const shownPlace = (index: number) => (animated ? slidePlace(index, inView) : "current");

  return (
    <div className="reader" data-hydrated={hydrated} data-animated={animated}>
      <a
        className="skip-link"
        href="#story"
        onClick={(event) => {
          event.preventDefault();
          scrollerRef.current?.focus({ preventScroll: true });
        }}
      >
        Skip to the story
      </a>
      <ReaderBar
        story={story}
        slideNumber={slideNumber}
        viewNumber={(hydrated ? inView : current) + 1}
        onOpenContents={() => setContentsOpen(true)}
      />
      <main
        ref={scrollerRef}
        className="reader__scroller"
        id="story"
        tabIndex={-1}
        style={{ "--rows": count - firstRow } as CSSProperties}
      >
        <article className="reader__track" lang={story.lang} aria-label={story.headline}>
          {/* The cover carries the headline; when it is not rendered, the article still starts with it. */}
          {!rendered.includes(0) && <h1 className="visually-hidden">{story.headline}</h1>}
          {rendered.map((index) => (
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
                place={shownPlace(index)}
                animate={animate}
                inView={index === current}
                fetch={
                  hydrated
                    ? photoFetch(index, current, entry, direction, count)
                    : firstPaintFetch(index, current)
                }
              />
            </SlideErrorBoundary>
          ))}
        </article>
      </main>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {moved ? slideAnnouncement(story, slideNumber) : ""}
      </p>
      <StepButtons slug={story.slug} slideNumber={slideNumber} count={count}>
        {currentImage && <EnlargeButton onOpen={zoom.openZoom} />}
      </StepButtons>
      {hydrated && zoom.open && currentImage && (
        <PhotoZoomLoader image={currentImage} onClose={zoom.closeZoom} />
      )}
      <ContentsDialog
        story={story}
        slideNumber={slideNumber}
        open={contentsOpen}
        onClose={() => setContentsOpen(false)}
      />
    </div>
  );
}
