import { useEffect } from "react";
import { useLocation } from "react-router";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";
import { useStoryLibrary } from "../library/useStoryLibrary";
import { keepForOffline, siteUrl } from "./keepForOffline";
import { photosToKeep, usedVariant } from "./photosToKeep";
import { useServiceWorkerControl } from "./useServiceWorkerControl";

/** How long the reader rests on a slide before the slides ahead are kept for offline reading. */
const KEEP_AFTER_MS = 5_000;
const AHEAD = 30;
const BEHIND = 5;

const savesData = () =>
  Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);

/**
 * Keeps the page at the current address for offline reading, as soon as a service worker runs the
 * page: the first page a reader opens was fetched before the worker existed, and a page the app
 * moved to was never fetched at all. A page is fetched only when it is not kept yet.
 */
export function useKeepPageOffline(): void {
  const controlled = useServiceWorkerControl();
  const { pathname } = useLocation();
  useEffect(() => {
    if (controlled && !savesData()) void keepForOffline([siteUrl(pathname)], []);
  }, [controlled, pathname]);
}

/**
 * Once the reader has rested on a slide, keeps the slides around it for offline reading: their
 * pages (so each opens offline as it was written, at once) and their photos in the crop, format
 * and width this screen uses. Never on a connection that asks to save data.
 */
export function useKeepStoryOffline(story: Story, slideNumber: number): void {
  const controlled = useServiceWorkerControl();
  const library = useStoryLibrary();
  useEffect(() => {
    if (!controlled || savesData()) return;
    let cancelled = false;
    // The story as loaded by now: pages arrive after this effect starts.
    const latest = () => library.getSnapshot().find((known) => known.slug === story.slug) ?? story;
    const timer = setTimeout(async () => {
      // The slides ahead may not be loaded yet: their data comes first.
      await library
        .load(story.slug, slideNumber - 1 - BEHIND, slideNumber - 1 + AHEAD)
        .catch(() => undefined);
      if (cancelled) return;
      const slides = latest().slides;
      const first = Math.max(1, slideNumber - BEHIND);
      const last = Math.min(slides.length, slideNumber + AHEAD);
      const pages: string[] = [];
      for (let number = slideNumber; number <= last; number += 1)
        pages.push(siteUrl(slidePath(story.slug, number)));
      for (let number = slideNumber - 1; number >= first; number -= 1)
        pages.push(siteUrl(slidePath(story.slug, number)));
      const image = slides[slideNumber - 1]?.image;
      const shown = document.querySelector<HTMLImageElement>(
        `[data-slide="${slideNumber}"] .photo__img`,
      );
      const used = image && shown?.currentSrc ? usedVariant(image, shown.currentSrc) : undefined;
      const images = slides.map((slide) => slide?.image);
      const photos = used
        ? photosToKeep(images, slideNumber - 1, used, AHEAD, BEHIND).map(
            (src) => new URL(src, window.location.href).href,
          )
        : [];
      await keepForOffline(pages, photos, () => cancelled);
    }, KEEP_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The story object changes as pages arrive; only its slug matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [controlled, library, story.slug, slideNumber]);
}
