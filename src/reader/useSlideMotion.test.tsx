import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Animate } from "./loadMotion";
import { SLIDE_MOTION } from "./slideMotion";
import type { SlidePlace } from "./slideWindow";
import { useSlideMotion } from "./useSlideMotion";

/** A stand-in for framer-motion's animate whose moves end only when the test says so. */
function fakeAnimate() {
  const finishers: (() => void)[] = [];
  const animate = vi.fn(() => {
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    finishers.push(finish);
    return { finished, stop: vi.fn() };
  });
  return { animate: animate as unknown as Animate, calls: animate.mock.calls, finishers };
}

function renderPart(animate: Animate, place: SlidePlace) {
  const element = document.createElement("div");
  const ref = { current: element };
  const view = renderHook(
    ({ at }: { at: SlidePlace }) => useSlideMotion(ref, "text", at, animate),
    { initialProps: { at: place } },
  );
  return { element, move: (at: SlidePlace) => view.rerender({ at }) };
}

const keyframesOf = (call: unknown[] | undefined) => call?.[1];

describe("useSlideMotion", () => {
  it("puts a part that has just appeared in its place at once", () => {
    const { animate, calls } = fakeAnimate();
    const { element } = renderPart(animate, "after");
    expect(calls).toHaveLength(0);
    expect(element.style.opacity).toBe(String(SLIDE_MOTION.text.after.opacity));
    expect(element.style.transform).toBe(SLIDE_MOTION.text.after.transform);
  });

  it("moves a settled part from where it stands, without reading its computed style", async () => {
    const { animate, calls } = fakeAnimate();
    const { element, move } = renderPart(animate, "after");
    const computed = vi.spyOn(window, "getComputedStyle");
    move("current");
    expect(computed).not.toHaveBeenCalled();
    expect(keyframesOf(calls[0])).toEqual({
      opacity: [0, 1],
      transform: ["translateY(40px)", "none"],
    });
    // The end state is left inline, so the part stays there once the move ends.
    expect(element.style.opacity).toBe("1");
    computed.mockRestore();
  });

  it("carries an interrupted move on from where it froze the part", () => {
    const { animate, calls } = fakeAnimate();
    const { move } = renderPart(animate, "after");
    move("current");
    const computed = vi.spyOn(window, "getComputedStyle").mockReturnValue({
      opacity: "0.6",
      transform: "matrix(1, 0, 0, 1, 0, 16)",
    } as CSSStyleDeclaration);
    move("before");
    expect(keyframesOf(calls[1])).toEqual({
      opacity: [0.6, 0],
      transform: ["matrix(1, 0, 0, 1, 0, 16)", "translateY(-24px)"],
    });
    computed.mockRestore();
  });

  it("starts the next move from the end of a finished one", async () => {
    const { animate, calls, finishers } = fakeAnimate();
    const { move } = renderPart(animate, "after");
    move("current");
    finishers[0]?.();
    await Promise.resolve();
    const computed = vi.spyOn(window, "getComputedStyle");
    move("before");
    expect(computed).not.toHaveBeenCalled();
    expect(keyframesOf(calls[1])).toEqual({
      opacity: [1, 0],
      transform: ["none", "translateY(-24px)"],
    });
    computed.mockRestore();
  });
});
