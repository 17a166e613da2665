import type { Slide, Story, StoryEntry } from "./storyTypes";

function toStory({ slideCount, pageSize, pages, ...fields }: StoryEntry): Story {
  void pageSize;
  void pages;
  return { ...fields, slides: Array.from({ length: slideCount }, () => undefined) };
}

/**
 * Every story, with its slides loaded a page at a time: the app holds the story list from the
 * start and asks for the pages around the slide it shows, so a story of a thousand slides costs
 * no more to open than one of seven. React reads it with `useSyncExternalStore`: each load gives a
 * new snapshot, with a new object for the story that changed.
 */
export class StoryLibrary {
  private readonly entries: readonly StoryEntry[];
  private snapshot: readonly Story[];
  private readonly loads = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();

  constructor(entries: readonly StoryEntry[]) {
    this.entries = entries;
    this.snapshot = entries.map(toStory);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Story[] => this.snapshot;

  /** Puts slides into a story from slide index `first` on, and tells the subscribers. */
  addSlides(slug: string, first: number, slides: readonly Slide[]): void {
    this.snapshot = this.snapshot.map((story) => {
      if (story.slug !== slug) return story;
      const next = [...story.slides];
      slides.forEach((slide, offset) => {
        if (first + offset < next.length) next[first + offset] = slide;
      });
      return { ...story, slides: next };
    });
    for (const listener of this.listeners) listener();
  }

  /**
   * Loads the pages holding slide indexes `from` to `to` of the story `slug` (clamped to the
   * story). A page is fetched once; one that failed is fetched again on the next call.
   */
  load(slug: string, from: number, to: number): Promise<void> {
    const entry = this.entries.find((candidate) => candidate.slug === slug);
    if (!entry) return Promise.resolve();
    const last = Math.min(to, entry.slideCount - 1);
    const waits: Promise<void>[] = [];
    for (
      let page = Math.floor(Math.max(0, from) / entry.pageSize);
      page * entry.pageSize <= last;
      page += 1
    ) {
      waits.push(this.loadPage(entry, page));
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** Loads every page of every story (the build's prerender renders them all). */
  loadAll(): Promise<void> {
    return Promise.all(
      this.entries.map((entry) => this.load(entry.slug, 0, entry.slideCount - 1)),
    ).then(() => undefined);
  }

  private loadPage(entry: StoryEntry, page: number): Promise<void> {
    const key = `${entry.slug}/${page}`;
    const known = this.loads.get(key);
    if (known) return known;
    const loader = entry.pages[page];
    if (!loader) return Promise.resolve();
    const loading = loader().then(
      ({ slides }) => this.addSlides(entry.slug, page * entry.pageSize, slides),
      (error: unknown) => {
        this.loads.delete(key);
        throw error;
      },
    );
    this.loads.set(key, loading);
    return loading;
  }
}
