import { act, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openAt } from "../../tests/renderApp";
import { makeStory } from "../../tests/storyFixture";
import type { Story } from "../story/storyTypes";
import { READING_EVENT_PREFIX, READING_EVENT_TYPES, type ReadingEvent } from "./readingEvent";
import { DWELL_MS } from "./readingProgress";
import { useReadingFigures } from "./useReadingFigures";

/** Every reading event the document hears from now on, as `type slide` (and more when there is). */
function listen(): { heard: string[]; details: ReadingEvent[]; stop: () => void } {
  const heard: string[] = [];
  const details: ReadingEvent[] = [];
  const hear = (event: Event) => {
    const detail = (event as CustomEvent<ReadingEvent>).detail;
    expect(event.type).toBe(`${READING_EVENT_PREFIX}${detail.type}`);
    details.push(detail);
    const extra = detail.type === "furthest" ? ` from ${detail.previous}` : "";
    heard.push(`${detail.type} ${detail.slide}${extra}`);
  };
  for (const type of READING_EVENT_TYPES)
    document.addEventListener(`${READING_EVENT_PREFIX}${type}`, hear);
  const stop = () => {
    for (const type of READING_EVENT_TYPES)
      document.removeEventListener(`${READING_EVENT_PREFIX}${type}`, hear);
  };
  return { heard, details, stop };
}

let events: ReturnType<typeof listen>;
beforeEach(() => {
  events = listen();
});
afterEach(() => {
  events.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const STORY = makeStory(4) as Story;

/** The hook for STORY as a reader at `path` opening `slide`. */
function read(slide: number, path = `/a-story/${slide}`) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
  );
  return renderHook(({ slideNumber }) => useReadingFigures(STORY, slideNumber), {
    wrapper,
    initialProps: { slideNumber: slide },
  });
}

function setHidden(hidden: boolean) {
  vi.spyOn(document, "visibilityState", "get").mockReturnValue(hidden ? "hidden" : "visible");
  document.dispatchEvent(new Event("visibilitychange"));
}

describe("useReadingFigures", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it("says the story was opened, on which slide, as an embed or not, and nothing about the reader", () => {
    read(2);
    expect(events.details).toEqual([
      { v: 1, story: "a-story", slides: 4, lang: "en", embed: false, type: "opened", slide: 2 },
    ]);
  });

  it("counts a slide as seen once it has stayed the current one for the dwell time", () => {
    read(2);
    act(() => vi.advanceTimersByTime(DWELL_MS - 1));
    expect(events.heard).toEqual(["opened 2"]);
    act(() => vi.advanceTimersByTime(1));
    expect(events.heard).toEqual(["opened 2", "seen 2", "furthest 2 from null"]);
  });

  it("does not count a slide passed through before the dwell time", () => {
    const hook = read(1);
    act(() => vi.advanceTimersByTime(DWELL_MS / 2));
    hook.rerender({ slideNumber: 2 });
    act(() => vi.advanceTimersByTime(DWELL_MS / 2));
    hook.rerender({ slideNumber: 3 });
    act(() => vi.advanceTimersByTime(DWELL_MS));
    expect(events.heard).toEqual(["opened 1", "seen 3", "furthest 3 from null"]);
  });

  it("follows the furthest slide and the end of the story, and counts each slide once", () => {
    const hook = read(3);
    for (const slide of [3, 2, 4, 3]) {
      hook.rerender({ slideNumber: slide });
      act(() => vi.advanceTimersByTime(DWELL_MS));
    }
    expect(events.heard).toEqual([
      "opened 3",
      "seen 3",
      "furthest 3 from null",
      "seen 2",
      "seen 4",
      "furthest 4 from 3",
      "finished 4",
    ]);
  });

  it("does not count the time the page is hidden", () => {
    read(1);
    act(() => vi.advanceTimersByTime(DWELL_MS / 2));
    act(() => setHidden(true));
    act(() => vi.advanceTimersByTime(DWELL_MS * 5));
    expect(events.heard).toEqual(["opened 1"]);
    act(() => setHidden(false));
    act(() => vi.advanceTimersByTime(DWELL_MS));
    expect(events.heard).toEqual(["opened 1", "seen 1", "furthest 1 from null"]);
  });

  it("counts nothing once unmounted", () => {
    const hook = read(1);
    hook.unmount();
    act(() => vi.runAllTimers());
    expect(events.heard).toEqual(["opened 1"]);
  });

  it("says once that the story is read offline, from the start or when the connection goes", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    read(2);
    act(() => window.dispatchEvent(new Event("offline")));
    expect(events.heard).toEqual(["opened 2", "offline 2"]);
  });

  it("says when the connection goes while reading", () => {
    const hook = read(1);
    hook.rerender({ slideNumber: 3 });
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    act(() => window.dispatchEvent(new Event("offline")));
    expect(events.heard).toEqual(["opened 1", "offline 3"]);
  });

  it("says when the reader shares or enlarges, on the slide they are on", () => {
    const hook = read(2);
    hook.result.current.shared("copied");
    hook.rerender({ slideNumber: 3 });
    hook.result.current.enlarged();
    expect(events.details.slice(1)).toMatchObject([
      { type: "shared", slide: 2, outcome: "copied" },
      { type: "enlarged", slide: 3 },
    ]);
  });

  it("hands listeners a detail they cannot change", () => {
    read(1);
    expect(Object.isFrozen(events.details[0])).toBe(true);
  });
});

describe("the reader's figures", () => {
  it("say when the share button copies the slide's link", async () => {
    const user = userEvent.setup();
    vi.stubGlobal("navigator", {
      ...navigator,
      onLine: true,
      share: undefined,
      clipboard: { writeText: () => Promise.resolve() },
    });
    openAt("/a-story/2");
    await user.click(screen.getByRole("button", { name: "Share" }));
    await screen.findByText("Link copied");
    expect(events.details.map(({ type, slide }) => `${type} ${slide}`)).toEqual([
      "opened 2",
      "shared 2",
    ]);
  });

  it("say when the reader enlarges the photo", async () => {
    const user = userEvent.setup();
    openAt("/a-story/3");
    await user.click(screen.getByRole("button", { name: "Enlarge photo" }));
    expect(events.heard).toEqual(["opened 3", "enlarged 3"]);
  });
});
