import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchScrollSlide } from "./watchScrollSlide";

const HEIGHT = 800;
/** What stops each watch the test started, called when it ends. */
const stops: (() => void)[] = [];

/** A touch event as the browser sends it: the fingers it is about, each with its element. */
function touchEvent(type: string, fingers: number[], target: EventTarget): Event {
  const event = new Event(type, { bubbles: true });
  const touches = fingers.map((identifier) => ({ identifier, target }));
  Object.defineProperty(event, "changedTouches", { value: touches });
  return event;
}

/** A scroller of 800-pixel slides with a slide in it, watched until the test ends. */
function watchScroller() {
  const element = document.createElement("div");
  const slide = document.createElement("section");
  element.append(slide);
  document.body.append(element);
  Object.defineProperty(element, "clientHeight", { value: HEIGHT });
  const onView = vi.fn();
  const onSettle = vi.fn();
  stops.push(watchScrollSlide(element, { onView, onSettle }));
  const scrollTo = (top: number) => {
    element.scrollTop = top;
    element.dispatchEvent(new Event("scroll"));
  };
  const touchStart = (fingers: number[], on: Element = slide) =>
    on.dispatchEvent(touchEvent("touchstart", fingers, on));
  const touchEnd = (fingers: number[], on: Element = slide) =>
    on.dispatchEvent(touchEvent("touchend", fingers, on));
  return { element, slide, onSettle, scrollTo, touchStart, touchEnd };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("watchScrollSlide, where the browser has scrollend", () => {
  it("settles on the slide nearest when scrollend comes, and not on a pause before it", () => {
    const { element, onSettle, scrollTo } = watchScroller();
    scrollTo(HEIGHT * 1.3);
    vi.advanceTimersByTime(500);
    expect(onSettle).not.toHaveBeenCalled();
    scrollTo(HEIGHT * 2);
    element.dispatchEvent(new Event("scrollend"));
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(2);
  });

  it("settles anyway a second after the last scroll if scrollend never comes", () => {
    const { onSettle, scrollTo } = watchScroller();
    scrollTo(HEIGHT * 0.9);
    vi.advanceTimersByTime(900);
    expect(onSettle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(1);
  });

  it("does not settle under a finger, however long it holds still", () => {
    const { onSettle, scrollTo, touchStart, touchEnd } = watchScroller();
    touchStart([1]);
    scrollTo(HEIGHT * 0.4);
    vi.advanceTimersByTime(5_000);
    expect(onSettle).not.toHaveBeenCalled();
    touchEnd([1]);
    vi.advanceTimersByTime(1_100);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(0);
  });
});

describe("watchScrollSlide, where the browser has no scrollend", () => {
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
    const { onSettle, scrollTo, touchStart, touchEnd } = watchScroller();
    touchStart([1]);
    scrollTo(HEIGHT * 0.4);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    touchEnd([1]);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(0);
  });

  it("keeps waiting while a second finger is still down", () => {
    const { onSettle, scrollTo, touchStart, touchEnd } = watchScroller();
    touchStart([1, 2]);
    scrollTo(HEIGHT * 1.2);
    touchEnd([1]);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    touchEnd([2]);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(1);
  });

  it("hears a finger lift from a slide that has left the page meanwhile", () => {
    const { slide, onSettle, scrollTo, touchStart, touchEnd } = watchScroller();
    touchStart([1]);
    scrollTo(HEIGHT * 0.7);
    slide.remove();
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
    touchEnd([1]);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(1);
  });

  it("settles nothing after a tap that scrolled nothing", () => {
    const { onSettle, touchStart, touchEnd } = watchScroller();
    touchStart([1]);
    touchEnd([1]);
    vi.advanceTimersByTime(2_000);
    expect(onSettle).not.toHaveBeenCalled();
  });

  it("ignores a finger that came down outside the scroller", () => {
    const { onSettle, scrollTo } = watchScroller();
    const bar = document.createElement("header");
    document.body.append(bar);
    bar.dispatchEvent(touchEvent("touchstart", [7], bar));
    scrollTo(HEIGHT * 2);
    vi.advanceTimersByTime(300);
    expect(onSettle).toHaveBeenCalledExactlyOnceWith(2);
  });
});
