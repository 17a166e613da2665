import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { loadMotion, useMotion } from "./loadMotion";

const animate = vi.hoisted(() => () => ({ finished: Promise.resolve(), stop() {} }));
vi.mock("framer-motion/dom/mini", () => ({ animate }));

describe("useMotion", () => {
  it("is undefined until the motion code loads, then gives every reader its animate", async () => {
    const first = renderHook(() => useMotion());
    expect(first.result.current).toBeUndefined();
    await act(async () => {
      expect(await loadMotion()).toBe(animate);
    });
    expect(first.result.current).toBe(animate);

    // A reader that mounts after the code has loaded animates from its first render.
    const seen: unknown[] = [];
    renderHook(() => seen.push(useMotion()));
    expect(seen[0]).toBe(animate);
    expect(seen.every((value) => value === animate)).toBe(true);
  });
});
