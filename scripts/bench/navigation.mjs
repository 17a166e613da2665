// How moving feels: from a key press to the next slide's photo painted in place, and long
// animation frames during a pass through the whole story, on a CPU slowed four times.
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../preview.mjs";
import { median } from "./pageMetrics.mjs";

/**
 * The bench's figures for moving: the median and slowest key press to photo painted, and how many
 * animation frames took over 50 ms.
 * @typedef {object} NavigationFigures
 * @property {number} keyToPhotoMs
 * @property {number} keyToPhotoMaxMs
 * @property {number} longFrames
 */

/**
 * The page's window with what the bench keeps on it: the long animation frames' durations, and the
 * time from the next key press to the next photo painted.
 * @typedef {typeof window & { __loaf: number[]; __move: Promise<number> }} BenchWindow
 */

/**
 * @param {string} baseUrl
 * @param {string} slug
 * @param {number} count the story's slides, all passed through
 * @returns {Promise<NavigationFigures>}
 */
export async function navigation(baseUrl, slug, count) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${slug}`, { waitUntil: "networkidle" });
    await page.locator('[data-animated="true"]').waitFor({ state: "attached" });
    const session = await context.newCDPSession(page);
    await session.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      const bench = /** @type {BenchWindow} */ (window);
      bench.__loaf = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.__loaf.push(entry.duration);
      }).observe({ type: "long-animation-frame" });
    });
    /** @type {number[]} */
    const moves = [];
    for (let slide = 2; slide <= count; slide += 1) {
      // The listener is in place before the key is pressed; the result is read after.
      await page.evaluate((next) => {
        const bench = /** @type {BenchWindow} */ (window);
        bench.__move = new Promise((resolve) => {
          let pressed = 0;
          addEventListener("keydown", () => (pressed = performance.now()), {
            once: true,
            capture: true,
          });
          const check = () => {
            const section = document.querySelector(`[data-slide="${next}"]`);
            const img = section?.querySelector("img");
            const inPlace = section && Math.abs(section.getBoundingClientRect().top) < 1;
            const painted = !img || (img.complete && img.naturalWidth > 0);
            if (pressed && inPlace && painted)
              requestAnimationFrame(() => resolve(performance.now() - pressed));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      }, slide);
      await page.keyboard.press("ArrowDown");
      moves.push(await page.evaluate(() => /** @type {BenchWindow} */ (window).__move));
      await page.waitForTimeout(900);
    }
    const loaf = await page.evaluate(() => /** @type {BenchWindow} */ (window).__loaf);
    await context.close();
    return {
      keyToPhotoMs: median(moves),
      keyToPhotoMaxMs: Math.max(...moves),
      longFrames: loaf.filter((duration) => duration > 50).length,
    };
  } finally {
    await browser.close();
  }
}
