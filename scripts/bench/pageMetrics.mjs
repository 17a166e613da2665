// What opening one page costs in a real browser: time until its photo is painted (LCP), the DOM's
// size, and the JavaScript heap after garbage collection.
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../preview.mjs";

export async function openPage(url, runs = 3) {
  const browser = await chromium.launch(CHROMIUM);
  const samples = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        serviceWorkers: "block",
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__lcp = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__lcp = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      await page.goto(url, { waitUntil: "load" });
      await page.locator('.reader[data-hydrated="true"]').waitFor({ state: "attached" });
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const session = await context.newCDPSession(page);
      await session.send("HeapProfiler.collectGarbage");
      const { usedSize } = await session.send("Runtime.getHeapUsage");
      const { lcp, nodes } = await page.evaluate(() => ({
        lcp: window.__lcp,
        nodes: document.getElementsByTagName("*").length,
      }));
      samples.push({ photoMs: lcp, nodes, heap: usedSize });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    photoMs: median(samples.map((sample) => sample.photoMs)),
    nodes: median(samples.map((sample) => sample.nodes)),
    heap: median(samples.map((sample) => sample.heap)),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
