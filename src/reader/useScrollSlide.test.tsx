import { renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useScrollSlide } from "./useScrollSlide";

const HEIGHT = 800;

/** A scroller of 800-pixel slides, watched by the hook, that the test scrolls and touches. */
function watchScroller() {
  const element = document.createElement("div");
  Object.defineProperty(element, "clientHeight", { value: HEIGHT });
  const onView = vi.fn();
  const onSettle = vi.fn();
  renderHook(() => useScrollSlide({ current: element }, { onView, onSettle }));
  const scrollTo = (top: number) => {
    element.scrollTop = top;
    element.dispatchEvent(new Event("scroll"));
  };
  const touch = (type: "touchstart" | "touchend", fingers: number) => {
    const event = new Event(type);
    Object.defineProperty(event, "touches", { value: { length: fingers } });
    element.dispatchEvent(event);
  };
  return { element, onSettle, scrollTo, touch };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useScrollSlide, where the browser has scrollend", () => {
  it("settles on the slide nearest when scrollend comes, however long the scroll pauses before", () => {
    const { element, onSettle, scrollTo } = watchScroller();
    scrollTo(HEIGHT * 1.3);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    scrollTo(HEIGHT * 2);
    element.dispatchEvent(new Event("scrollend"));
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(2);
  });
});

describe("useScrollSlide, where the browser has no scrollend", () => {
  const handler = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "onscrollend");
  beforeEach(() => {
    delete (HTMLElement.prototype as { onscrollend?: unknown }).onscrollend;
  });
  afterEach(() => {
    if (handler) Object.defineProperty(HTMLElement.prototype, "onscrollend", handler);
  });

  it("settles once the scroll has been quiet for a moment", () => {
    const { onSettle, scrollTo } = watchScroller();
    scrollTo(HEIGHT * 0.6);
    vi.advanceTimersByTime(100);
    scrollTo(HEIGHT);
    vi.advanceTimersByTime(100);
    expect(onSettle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(1);
  });

  it("never settles under a finger that holds still, and settles once it lifts", () => {
    const { onSettle, scrollTo, touch } = watchScroller();
    touch("touchstart", 1);
    scrollTo(HEIGHT * 0.4);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    touch("touchend", 0);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(0);
  });

  it("keeps waiting while a second finger is still down", () => {
    const { onSettle, scrollTo, touch } = watchScroller();
    touch("touchstart", 2);
    scrollTo(HEIGHT * 1.2);
    touch("touchend", 1);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    touch("touchend", 0);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(1);
  });
});
