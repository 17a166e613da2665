import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { whenWorthRetrying } from "./retry";

describe("whenWorthRetrying", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => (state.done = true));
    return state;
  };

  it.each([
    [0, 1_000],
    [1, 2_000],
    [3, 8_000],
    [5, 30_000],
    [40, 30_000],
  ])("after attempt %i, waits %i ms, doubling up to 30 s", async (attempt, pause) => {
    const state = settled(whenWorthRetrying(attempt));
    await vi.advanceTimersByTimeAsync(pause - 1);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
  });

  it("goes at once when the browser is back online, and forgets its timer", async () => {
    const state = settled(whenWorthRetrying(4));
    window.dispatchEvent(new Event("online"));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
