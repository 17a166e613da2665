import { useContext, useEffect } from "react";
import type { Story } from "../story/storyTypes";
import { StoryLibraryContext } from "../story/useStoryLibrary";
import { photosToKeep, usedVariant } from "./photosToKeep";
import { useServiceWorkerControl } from "./useServiceWorkerControl";

/** The cache the service worker serves photos from (scripts/serviceWorker.mjs; a test keeps them equal). */
export const PHOTO_CACHE = "photos";
/** How long the reader rests on a slide before the photos ahead are fetched for offline reading. */
const KEEP_AFTER_MS = 5_000;
const AHEAD = 30;
const BEHIND = 5;

/**
 * Once the reader has rested on a slide, keeps the photos of the slides around it (in the crop,
 * format and width this screen uses) in the service worker's photo cache, so the story reads
 * offline, pictures included. Never on a connection that asks to save data, never before the first
 * view is complete.
 */
export function useKeepPhotosOffline(story: Story, slideNumber: number): void {
  const controlled = useServiceWorkerControl();
  const library = useContext(StoryLibraryContext);
  useEffect(() => {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } })
      .connection;
    if (!controlled || typeof caches === "undefined" || connection?.saveData) return;
    let cancelled = false;
    // The story as loaded by now: pages arrive after this effect starts.
    const latest = () => library?.getSnapshot().find((known) => known.slug === story.slug) ?? story;
    const timer = setTimeout(async () => {
      const image = latest().slides[slideNumber - 1]?.image;
      const shown = document.querySelector<HTMLImageElement>(
        `[data-slide="${slideNumber}"] .photo__img`,
      );
      const used = image && shown?.currentSrc ? usedVariant(image, shown.currentSrc) : undefined;
      if (!used) return;
      // The slides ahead may not be loaded yet: their pages come first.
      await library
        ?.load(story.slug, slideNumber - 1 - BEHIND, slideNumber - 1 + AHEAD)
        .catch(() => undefined);
      if (cancelled) return;
      const images = latest().slides.map((slide) => slide?.image);
      const cache = await caches.open(PHOTO_CACHE);
      for (const src of photosToKeep(images, slideNumber - 1, used, AHEAD, BEHIND)) {
        if (cancelled) return;
        const url = new URL(src, window.location.href).href;
        if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
      }
    }, KEEP_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The story object changes as pages arrive; only its slug matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [controlled, library, story.slug, slideNumber]);
}
