import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import type { StoryLibrary } from "../story/storyLibrary";
import type { Story } from "../story/storyTypes";

const StoryLibraryContext = createContext<StoryLibrary | null>(null);

/** Gives the components below it the stories, and what loads their slides. */
export function StoryLibraryProvider({
  library,
  children,
}: {
  library: StoryLibrary;
  children: ReactNode;
}) {
  return <StoryLibraryContext value={library}>{children}</StoryLibraryContext>;
}

/** The story library of the app; fails at once, by name, in a component outside its provider. */
export function useStoryLibrary(): StoryLibrary {
  const library = useContext(StoryLibraryContext);
  if (!library) throw new Error("useStoryLibrary needs a <StoryLibraryProvider> above it");
  return library;
}

/** Every story, as loaded so far; re-renders when a page of slides arrives. */
export function useStories(): readonly Story[] {
  const library = useStoryLibrary();
  return useSyncExternalStore(library.subscribe, library.getSnapshot, library.getSnapshot);
}

/**
 * Keeps the slides `from` to `to` (0-based) of a story loaded. A page that fails to arrive leaves
 * its slides as placeholders and is asked for again when the range moves or the network returns.
 */
export function useLoadSlides(slug: string, from: number, to: number): void {
  const library = useStoryLibrary();
  useEffect(() => {
    const load = () => void library.load(slug, from, to).catch(() => undefined);
    load();
    window.addEventListener("online", load);
    return () => window.removeEventListener("online", load);
  }, [library, slug, from, to]);
}
