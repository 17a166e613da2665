import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recoverFromMissingFile } from "../deploy/recoverFromDeploy";
import { loadUntilDone, whenWorthRetrying } from "./retry";

vi.mock("../deploy/recoverFromDeploy", () => ({ recoverFromMissingFile: vi.fn() }));
const recover = vi.mocked(recoverFromMissingFile);

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

describe("loadUntilDone", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    recover.mockReset().mockResolvedValue(false);
  });
  afterEach(() => vi.useRealTimers());

  it("tries again after a pause until the load succeeds", async () => {
    const load = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValue();
    const done = loadUntilDone(load);
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(await done).toBe(true);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("stops when a newer build is out and the page reloads onto it", async () => {
    recover.mockResolvedValue(true);
    const load = vi.fn(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(await loadUntilDone(load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("hands over to stuck() only when the same error comes back", async () => {
    const kept = new Error("kept by the browser");
    const load = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockRejectedValue(kept);
    const stuck = vi.fn(() => true);
    const done = loadUntilDone(load, stuck);
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(await done).toBe(false);
    expect(load).toHaveBeenCalledTimes(3);
    expect(stuck).toHaveBeenCalledTimes(1);
  });
});
