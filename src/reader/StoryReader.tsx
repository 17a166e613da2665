import { useCallback, useEffect, useRef, useState, type CSSProperties } from "react";
import { useNavigate } from "react-router";
import { firstPaintFetch, photoFetch } from "../images/fetchPolicy";
import { useMessages } from "../i18n/useMessages";
import { useDocumentTitle } from "../publishing/useDocumentTitle";
import { useLoadSlides } from "../library/useStoryLibrary";
import { useKeepStoryOffline } from "../offline/useKeepStoryOffline";
import { slideDocumentTitle } from "../story/documentTitle";
import { slideAnnouncement } from "../story/slideAnnouncement";
import { useFocusFollowsSlide } from "./useFocusFollowsSlide";
import { stopPath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";
import { ContentsDialog } from "./ContentsDialog";
import { ReaderBar } from "./ReaderBar";
import { LOAD_AHEAD, firstPaintWindow, movingWindow, slidePlace } from "./slideWindow";
import { SlideTrack } from "./SlideTrack";
import { StepButtons } from "./StepButtons";
import { useHydrated } from "./useHydrated";
import { useReaderKeys } from "./useReaderKeys";
import { useReducedMotion } from "./useReducedMotion";
import { loadMotion, useMotion } from "./loadMotion";
import { useSettledSlide } from "./useSettledSlide";
import { usePhotoZoom } from "../zoom/usePhotoZoom";
import { EnlargeButton } from "../zoom/EnlargeButton";
import { PhotoZoomLoader } from "../zoom/PhotoZoomLoader";
import { useAddressFollowsScroll } from "./addressFollowsScroll/useAddressFollowsScroll";
import { useReaderPosition } from "./useReaderPosition";
import { useReadingFigures } from "../reading/useReadingFigures";
import { EmbedBar } from "../embed/EmbedBar";
import { embedPath } from "../embed/embedPath";
import { useEmbedMessages } from "../embed/useEmbedMessages";

interface StoryReaderProps {
  story: Story;
  /**
   * The stop the address names, 1-based: the reader's position. Stops 1 to the slide count are the
   * slides; the one after the last slide is the ending, which has no slide number of its own.
   */
  slideNumber: number;
  /**
   * In an iframe on another site (an /embed/… route): a bar of its own instead of the site's, its
   * own addresses, and messages to the page that frames it.
   */
  embed?: boolean;
}

/**
 * The story as a vertical, snapping sequence of full-screen slides, then its ending. The address
 * says which is current: the reader scrolls to it when it changes, and changes it (replacing the
 * history entry) when the reader's own scrolling comes to rest on another one. The ending is a
 * stop like a slide for the keys, the scroll and the address, but not for the counter, the
 * progress, the contents or the reading figures, which count slides.
 */
export function StoryReader({ story, slideNumber, embed = false }: StoryReaderProps) {
  const say = useMessages();
  const navigate = useNavigate();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const count = story.slides.length;
  // The ending is the stop after the last slide. In an embed the story stops at its last slide:
  // the ending's links lead to the site's pages, which no other site may frame.
  const stops = embed ? count : count + 1;
  const onEnding = !embed && slideNumber === count + 1;
  const current = slideNumber - 1;
  const hydrated = useHydrated();
  const reducedMotion = useReducedMotion();
  const motion = useMotion();
  const [{ inView, direction, entry, moved }, onView] = useReaderPosition(current);
  const [contentsOpen, setContentsOpen] = useState(false);
  const zoom = usePhotoZoom();
  useFocusFollowsSlide(slideNumber);
  useDocumentTitle(
    onEnding ? say.endingTitle(story.headline) : slideDocumentTitle(story, slideNumber, say),
  );
  useKeepStoryOffline(story, slideNumber);
  const figures = useReadingFigures(story, slideNumber);
  useEmbedMessages(story, slideNumber, embed);
  const pathOf = useCallback(
    (slug: string, stop: number) => (embed ? embedPath(slug, stop) : stopPath(slug, stop, count)),
    [embed, count],
  );
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
    ? movingWindow(settledSlide, inView, current, stops)
    : firstPaintWindow(current, count);

  // Always a replacement: in an embed, an entry of the frame's own would join the history of the
  // page that frames it, and its Back button would step through our slides.
  const goTo = useCallback(
    (number: number) => navigate(pathOf(story.slug, number), { replace: true }),
    [navigate, pathOf, story.slug],
  );

  useAddressFollowsScroll(scrollerRef, {
    current,
    count: stops,
    hydrated,
    reducedMotion,
    goTo,
    onView,
  });

  useReaderKeys(slideNumber, stops, goTo);

  // The motion code comes after the first paint; it is not needed to read the slide in view.
  useEffect(() => {
    if (hydrated && !reducedMotion) void loadMotion();
  }, [hydrated, reducedMotion]);

  // Every slide shows its final state until slides can animate, and always under reduced motion.
  const animate = hydrated && !reducedMotion ? motion : undefined;
  const animated = animate !== undefined;

  return (
    <div data-hydrated={hydrated} data-animated={animated}>
      <a
        className="skip-link"
        href="#story"
        onClick={(event) => {
          event.preventDefault();
          scrollerRef.current?.focus({ preventScroll: true });
        }}
      >
        {say.skipToStory}
      </a>
      {embed ? (
        <EmbedBar
          story={story}
          slideNumber={slideNumber}
          viewNumber={Math.min((hydrated ? inView : current) + 1, count)}
        />
      ) : (
        <ReaderBar
          story={story}
          slideNumber={slideNumber}
          viewNumber={Math.min((hydrated ? inView : current) + 1, count)}
          onOpenContents={() => setContentsOpen(true)}
          onShared={figures.shared}
        />
      )}
      <main
        ref={scrollerRef}
        className="reader__scroller"
        id="story"
        tabIndex={-1}
        // Before the app runs, a slide's page has no row for the ending: its next link leads there.
        style={{ "--rows": (hydrated || onEnding ? stops : count) - firstRow } as CSSProperties}
      >
        <SlideTrack
          story={story}
          rendered={rendered}
          firstRow={firstRow}
          hydrated={hydrated}
          current={current}
          animate={animate}
          placeOf={(index) => (animated ? slidePlace(index, inView) : "current")}
          fetchOf={(index) =>
            hydrated
              ? photoFetch(index, current, entry, direction, count)
              : firstPaintFetch(index, current)
          }
        />
      </main>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {!moved
          ? ""
          : onEnding
            ? say.endingAnnouncement
            : slideAnnouncement(story, slideNumber, say)}
      </p>
      <StepButtons
        slug={story.slug}
        slideNumber={slideNumber}
        count={count}
        pathOf={pathOf}
        ending={!embed}
      >
        {currentImage && (
          <EnlargeButton
            onOpen={(from) => {
              zoom.openZoom(from);
              figures.enlarged();
            }}
          />
        )}
      </StepButtons>
      {hydrated && zoom.open && currentImage && (
        <PhotoZoomLoader image={currentImage} onClose={zoom.closeZoom} />
      )}
      {!embed && (
        <ContentsDialog
          story={story}
          slideNumber={slideNumber}
          open={contentsOpen}
          onClose={() => setContentsOpen(false)}
        />
      )}
    </div>
  );
}
