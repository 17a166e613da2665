// Lighthouse on the built site, in Debian's Chromium (CHROME_PATH), mobile (its default: simulated
// slow 4G, 4x CPU) and desktop; the median of several runs of each figure.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM } from "../preview.mjs";
import { median } from "./pageMetrics.mjs";

const AUDITS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
};

/**
 * One page's Lighthouse figures: each category's score out of 100, by Lighthouse's id for it
 * ("performance", "seo"…), and the figures named in AUDITS.
 * @typedef {Record<string, number>} LighthouseFigures
 */

/** @typedef {"mobile" | "desktop"} FormFactor */

/**
 * @param {string} url
 * @param {FormFactor} formFactor
 * @returns {Promise<LighthouseFigures>}
 */
async function once(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.executablePath,
    chromeFlags: ["--headless=new", ...CHROMIUM.args],
  });
  try {
    const config = formFactor === "desktop" ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error" },
      config,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits } = result.lhr;
    // A category Lighthouse could not score (null) counts as 0.
    const scores = Object.fromEntries(
      Object.entries(categories).map(([id, category]) => [
        id,
        Math.round((category.score ?? 0) * 100),
      ]),
    );
    const figures = Object.fromEntries(
      Object.entries(AUDITS).map(([name, id]) => [name, audits[id]?.numericValue ?? NaN]),
    );
    return { ...scores, ...figures };
  } finally {
    await chrome.kill();
  }
}

/**
 * Median of `runs` Lighthouse runs of `url` for `formFactor` ("mobile" or "desktop").
 * @param {string} url
 * @param {FormFactor} formFactor
 * @param {number} runs
 * @returns {Promise<LighthouseFigures>}
 */
export async function lighthouseMedian(url, formFactor, runs) {
  /** @type {LighthouseFigures[]} */
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await once(url, formFactor));
  const keys = Object.keys(results[0] ?? {});
  return Object.fromEntries(
    keys.map((key) => [key, median(results.map((result) => result[key] ?? NaN))]),
  );
}
