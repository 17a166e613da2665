import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useHeading } from "./useHeading";

function headingOf(scroller: HTMLElement) {
  return renderHook(() => useHeading({ current: scroller })).result.current;
}

describe("useHeading", () => {
  it("keeps the scroller from snapping while a scroll of ours heads for a slide", () => {
    const scroller = document.createElement("main");
    const heading = headingOf(scroller);
    expect(scroller.hasAttribute("data-heading")).toBe(false);
    heading.set({ index: 3, until: 1500 });
    expect(heading.current).toEqual({ index: 3, until: 1500 });
    expect(scroller.hasAttribute("data-heading")).toBe(true);
  });

  it("hands the scroller back, snapping again, once nothing heads anywhere", () => {
    const scroller = document.createElement("main");
    const heading = headingOf(scroller);
    heading.set({ index: 3, until: 1500 });
    heading.set({ index: 4, until: 1600 });
    heading.set(null);
    expect(heading.current).toBeNull();
    expect(scroller.hasAttribute("data-heading")).toBe(false);
  });

  it("is the same object for the life of the component", () => {
    const scroller = document.createElement("main");
    const { result, rerender } = renderHook(() => useHeading({ current: scroller }));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
