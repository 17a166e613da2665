import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import type { Engine, EnginePage, LaunchOptions } from "./enginePage";

/**
 * One browser for the tests of a describe block, started before them and stopped after them,
 * however they end. Each test starts from a page of the site with nothing kept in storage, and
 * ends by letting the page finish loading and checking that it logged no error.
 */
export function browserFor(
  engine: Engine,
  options: Omit<LaunchOptions, "siteOrigin">,
): () => EnginePage {
  let page: EnginePage | undefined;
  beforeAll(async () => {
    page = await engine.launch({ ...options, siteOrigin: inject("siteOrigin") });
  });
  afterAll(async () => {
    await page?.close();
  });
  beforeEach(async () => {
    const current = open();
    await current.goto("/robots.txt");
    await current.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  });
  afterEach(async () => {
    await open().idle();
    expect(await open().takeErrors(), "errors the page logged").toEqual([]);
  });
  const open = () => {
    if (!page) throw new Error(`${engine.name} did not start`);
    return page;
  };
  return open;
}
