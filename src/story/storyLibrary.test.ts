import { describe, expect, it, vi } from "vitest";
import { entryOf, makeStory } from "../../tests/storyFixture";
import { StoryLibrary } from "./storyLibrary";
import type { StoryEntry } from "./storyTypes";

/** A story of `count` slides in pages of 10, each page load counted. */
function counted(count: number): { entry: StoryEntry; calls: number[] } {
  const entry = entryOf(makeStory(count, "long"), 10);
  const calls: number[] = [];
  const pages = entry.pages.map((load, page) => () => {
    calls.push(page);
    return load();
  });
  return { entry: { ...entry, pages }, calls };
}

describe("StoryLibrary", () => {
  it("knows every story and its length before any slide is loaded", () => {
    const { entry } = counted(95);
    const [story] = new StoryLibrary([entry]).getSnapshot();
    expect(story?.headline).toBe("Headline of long");
    expect(story?.slides).toHaveLength(95);
    expect(story?.slides.every((slide) => slide === undefined)).toBe(true);
  });

  it("loads only the pages that hold the slides asked for, each once", async () => {
    const { entry, calls } = counted(95);
    const library = new StoryLibrary([entry]);
    await library.load("long", 48, 52);
    expect(calls).toEqual([4, 5]);
    await Promise.all([library.load("long", 41, 59), library.load("long", 50, 50)]);
    expect(calls).toEqual([4, 5]);
    const slides = library.getSnapshot()[0]?.slides ?? [];
    expect(slides[39]).toBeUndefined();
    expect(slides[40]?.title).toBe("Slide 41 title");
    expect(slides[59]?.title).toBe("Slide 60 title");
    expect(slides[60]).toBeUndefined();
  });

  it("clamps a range that runs off either end of the story", async () => {
    const { entry, calls } = counted(25);
    const library = new StoryLibrary([entry]);
    await library.load("long", -6, 400);
    expect(calls).toEqual([0, 1, 2]);
    await library.load("nothing-by-this-name", 0, 5);
    expect(calls).toEqual([0, 1, 2]);
  });

  it("gives a new snapshot and tells subscribers when a page arrives, and only the story that changed", async () => {
    const { entry } = counted(30);
    const other = entryOf(makeStory(3, "other"));
    const library = new StoryLibrary([entry, other]);
    const before = library.getSnapshot();
    const listener = vi.fn();
    const unsubscribe = library.subscribe(listener);
    await library.load("long", 0, 0);
    const after = library.getSnapshot();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(after).not.toBe(before);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    unsubscribe();
    await library.load("long", 29, 29);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("asks again for a page that failed, and loses nothing already loaded", async () => {
    const { entry } = counted(20);
    let fail = true;
    const flaky = {
      ...entry,
      pages: entry.pages.map(
        (load, page) => () => (page === 1 && fail ? Promise.reject(new Error("offline")) : load()),
      ),
    };
    const library = new StoryLibrary([flaky]);
    await expect(library.load("long", 0, 19)).rejects.toThrow("offline");
    expect(library.getSnapshot()[0]?.slides[0]?.title).toBe("Slide 1 title");
    expect(library.getSnapshot()[0]?.slides[10]).toBeUndefined();
    fail = false;
    await library.load("long", 0, 19);
    expect(library.getSnapshot()[0]?.slides[10]?.title).toBe("Slide 11 title");
  });
});
