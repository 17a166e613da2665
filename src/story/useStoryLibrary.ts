import { createContext, useContext, useEffect, useSyncExternalStore } from "react";
import type { StoryLibrary } from "./storyLibrary";
import type { Story } from "./storyTypes";

export const StoryLibraryContext = createContext<StoryLibrary | null>(null);

function useLibrary(): StoryLibrary {
  const library = useContext(StoryLibraryContext);
  if (!library) throw new Error("useStories needs a StoryLibraryContext above it");
  return library;
}

/** Every story, as loaded so far; re-renders when a page of slides arrives. */
export function useStories(library: StoryLibrary): readonly Story[] {
  return useSyncExternalStore(library.subscribe, library.getSnapshot, library.getSnapshot);
}

/**
 * Keeps the slides `from` to `to` (0-based) of a story loaded. A page that fails to arrive leaves
 * its slides as placeholders and is asked for again when the range moves or the network returns.
 */
export function useLoadSlides(slug: string, from: number, to: number): void {
  const library = useLibrary();
  useEffect(() => {
    const load = () => void library.load(slug, from, to).catch(() => undefined);
    load();
    window.addEventListener("online", load);
    return () => window.removeEventListener("online", load);
  }, [library, slug, from, to]);
}
