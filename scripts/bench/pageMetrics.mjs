// What opening one page costs in a real browser: time until the addressed slide is shown, the DOM's
// size, and the JavaScript heap after garbage collection. A slide is shown when its photo is
// painted, or on a slide without a photo, its largest text. A photo that fills the screen never
// counts as the largest contentful paint (Chromium takes it for a background), so its paint is
// timed by the Element Timing API. The pages readers are sent name nothing for it (the attribute is
// not HTML's), so the bench names every slide photo elementtiming="slide-photo" itself, as the
// parser or the app adds it, which is before it can be painted.
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../preview.mjs";

/**
 * What opening a page cost: time until its slide was shown, its DOM nodes and its JavaScript heap.
 * @typedef {{ shownMs: number; nodes: number; heap: number }} PageFigures
 */

/**
 * The page's window with what the bench keeps on it: when the addressed slide's photo was painted,
 * and the latest largest contentful paint.
 * @typedef {typeof window & { __photo: number | undefined; __lcp: number | undefined }} BenchWindow
 */

/**
 * An Element Timing entry, which TypeScript's DOM library does not describe.
 * @typedef {PerformanceEntry & {
 *   element: Element | null;
 *   identifier: string;
 *   renderTime: number;
 *   loadTime: number;
 * }} ElementTiming
 */

/**
 * The slide number an address names: its last segment, or 1 for the story's own address.
 * @param {string} url
 */
function addressedSlide(url) {
  const last = new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "";
  return /^\d+$/.test(last) ? last : "1";
}

/**
 * One opening of `url` in a fresh phone-sized context of `browser`.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @returns {Promise<PageFigures>}
 */
async function openOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  await page.addInitScript((/** @type {string} */ slide) => {
    const bench = /** @type {BenchWindow} */ (window);
    bench.__photo = undefined;
    bench.__lcp = undefined;
    const PHOTO = "[data-slide] img";
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof Element)) continue;
        const photos = [...node.querySelectorAll(PHOTO)];
        if (node.matches(PHOTO)) photos.push(node);
        for (const photo of photos) photo.setAttribute("elementtiming", "slide-photo");
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of /** @type {ElementTiming[]} */ (list.getEntries())) {
        const painted = entry.element?.closest("[data-slide]")?.getAttribute("data-slide");
        if (entry.identifier === "slide-photo" && painted === slide)
          bench.__photo ??= entry.renderTime || entry.loadTime;
      }
    }).observe({ type: "element", buffered: true });
  }, addressedSlide(url));
  await page.goto(url, { waitUntil: "load" });
  await page.locator('[data-hydrated="true"]').waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const session = await context.newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  const { shown, nodes } = await page.evaluate((slide) => {
    const bench = /** @type {BenchWindow} */ (window);
    return {
      shown: document.querySelector(`[data-slide="${slide}"] img`) ? bench.__photo : bench.__lcp,
      nodes: document.getElementsByTagName("*").length,
    };
  }, addressedSlide(url));
  if (shown === undefined) throw new Error(`${url}: the slide was never painted`);
  await context.close();
  return { shownMs: shown, nodes, heap: usedSize };
}

/**
 * Opens each of `urls` `runs` times, taking them in turn round after round, so that a page of one
 * story and the same page of another are measured under the same conditions rather than minutes
 * apart; the median of each figure, per address.
 * @param {string[]} urls
 * @param {number} [runs]
 * @returns {Promise<PageFigures[]>}
 */
export async function openPages(urls, runs = 5) {
  const browser = await chromium.launch(CHROMIUM);
  /** @type {{ url: string; samples: PageFigures[] }[]} */
  const pages = urls.map((url) => ({ url, samples: [] }));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const { url, samples } of pages) samples.push(await openOnce(browser, url));
    }
  } finally {
    await browser.close();
  }
  return pages.map(({ samples: list }) => ({
    shownMs: median(list.map((sample) => sample.shownMs)),
    nodes: median(list.map((sample) => sample.nodes)),
    heap: median(list.map((sample) => sample.heap)),
  }));
}

/**
 * The middle of `values`, or the mean of the two middle ones; NaN when there are none.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  /** @param {number} index */
  const at = (index) => sorted[index] ?? NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
