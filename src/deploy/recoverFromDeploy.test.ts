import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recoverFromMissingFile } from "./recoverFromDeploy";

const reload = vi.fn();
const realLocation = window.location;

function serve(answer: () => Promise<Response>) {
  const fetch = vi.fn((address: string, init?: RequestInit) => {
    void address;
    void init;
    return answer();
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}
const served = (build: string) => () => Promise.resolve(Response.json({ build }));

/** Lets the shared check of one test end before the next test starts its own. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("recoverFromMissingFile", () => {
  beforeEach(() => {
    document.documentElement.dataset.build = "aaa";
    sessionStorage.clear();
    Object.defineProperty(window, "location", {
      configurable: true,
      value: { ...realLocation, href: realLocation.href, reload },
    });
  });
  afterEach(async () => {
    await nextTask();
    reload.mockReset();
    vi.unstubAllGlobals();
    Object.defineProperty(window, "location", { configurable: true, value: realLocation });
  });

  it("reloads onto a newer build, once for many failures at once", async () => {
    const fetch = serve(served("bbb"));
    const answers = await Promise.all([recoverFromMissingFile(), recoverFromMissingFile()]);
    expect(answers).toEqual([true, true]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe("/version.json");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["the same build is served", served("aaa")],
    ["version.json is missing", () => Promise.resolve(new Response("", { status: 404 }))],
    ["the network fails", () => Promise.reject(new TypeError("Failed to fetch"))],
    ["version.json is not the expected shape", () => Promise.resolve(Response.json({}))],
  ])("leaves the page as it is when %s", async (_, answer) => {
    serve(answer);
    expect(await recoverFromMissingFile()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it("does not reload twice for the same build (a host still serving old pages)", async () => {
    serve(served("bbb"));
    expect(await recoverFromMissingFile()).toBe(true);
    await nextTask();
    expect(await recoverFromMissingFile()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("checks again for a failure after the last check ended", async () => {
    const fetch = serve(served("aaa"));
    expect(await recoverFromMissingFile()).toBe(false);
    await nextTask();
    expect(await recoverFromMissingFile()).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
