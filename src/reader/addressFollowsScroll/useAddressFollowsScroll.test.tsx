import { renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HEADING_MS } from "./followPolicy";
import { useAddressFollowsScroll } from "./useAddressFollowsScroll";

const HEIGHT = 800;

/** The ResizeObserver callbacks of the page, to call as a resize would. */
let observed: (() => void)[] = [];
class FakeResizeObserver {
  private readonly callback: () => void;
  constructor(callback: () => void) {
    this.callback = callback;
  }
  observe() {
    observed.push(this.callback);
  }
  disconnect() {
    observed = observed.filter((callback) => callback !== this.callback);
  }
}

/** A scroller of 800-pixel slides, hydrated and placed on the first of five slides. */
function follow() {
  const scroller = document.createElement("main");
  let height = HEIGHT;
  Object.defineProperty(scroller, "clientHeight", { get: () => height });
  document.body.append(scroller);
  const scrollTo = vi.spyOn(scroller, "scrollTo");
  const goTo = vi.fn();
  const hook = renderHook(
    ({ current }) =>
      useAddressFollowsScroll(
        { current: scroller },
        { current, count: 5, hydrated: true, reducedMotion: false, goTo, onView: () => {} },
      ),
    { initialProps: { current: 0 } },
  );
  /** The reader's scroll comes to rest `slides` slide heights down. */
  const restAt = (slides: number) => {
    scroller.scrollTop = slides * height;
    scroller.dispatchEvent(new Event("scroll"));
    scroller.dispatchEvent(new Event("scrollend"));
  };
  const resizeTo = (next: number) => {
    height = next;
    for (const callback of observed) callback();
  };
  return { scroller, scrollTo, goTo, hook, restAt, resizeTo };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("ResizeObserver", FakeResizeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  observed = [];
  document.body.replaceChildren();
});

describe("useAddressFollowsScroll", () => {
  it("places the scroller on the addressed slide in the frame after the address changes", () => {
    const { scrollTo, hook } = follow();
    hook.rerender({ current: 2 });
    expect(scrollTo).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: 2 * HEIGHT, behavior: "smooth" });
  });

  it("places nothing once unmounted before that frame", () => {
    const { scrollTo, hook } = follow();
    hook.rerender({ current: 2 });
    hook.unmount();
    vi.runAllTimers();
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it("places only for the newest address when two come within a frame", () => {
    const { scrollTo, hook } = follow();
    hook.rerender({ current: 2 });
    hook.rerender({ current: 1 });
    vi.runAllTimers();
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: HEIGHT, behavior: "smooth" });
  });

  it("addresses a stop on the way of our scroll only if our scroll never arrives", () => {
    const { goTo, hook, restAt } = follow();
    hook.rerender({ current: 3 });
    vi.advanceTimersToNextFrame();
    restAt(1);
    expect(goTo).not.toHaveBeenCalled();
    vi.advanceTimersByTime(HEADING_MS + 100);
    expect(goTo).toHaveBeenCalledExactlyOnceWith(2);
  });

  it("looks at a stop on our way once only, however many rests came meanwhile", () => {
    const { goTo, hook, restAt } = follow();
    hook.rerender({ current: 3 });
    vi.advanceTimersToNextFrame();
    restAt(1);
    vi.advanceTimersByTime(100);
    restAt(1);
    vi.advanceTimersByTime(HEADING_MS + 100);
    expect(goTo).toHaveBeenCalledExactlyOnceWith(2);
  });

  it("drops the second look at a stop on our way once unmounted", () => {
    const { goTo, hook, restAt } = follow();
    hook.rerender({ current: 3 });
    vi.advanceTimersToNextFrame();
    restAt(1);
    hook.unmount();
    vi.runAllTimers();
    expect(goTo).not.toHaveBeenCalled();
  });

  it("puts the scroller back on its slide after a resize, and again a frame later if needed", () => {
    const { scroller, scrollTo, hook, resizeTo } = follow();
    hook.rerender({ current: 2 });
    vi.runAllTimers();
    scrollTo.mockClear();
    resizeTo(600);
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: 1200, behavior: "instant" });
    scroller.scrollTop = 1234;
    vi.advanceTimersToNextFrame();
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 1200, behavior: "instant" });
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it("drops the second look after a resize once unmounted", () => {
    const { scroller, scrollTo, hook, resizeTo } = follow();
    hook.rerender({ current: 2 });
    vi.runAllTimers();
    resizeTo(600);
    scrollTo.mockClear();
    scroller.scrollTop = 1234;
    hook.unmount();
    vi.runAllTimers();
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
