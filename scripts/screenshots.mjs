// Takes the README's screenshots from the real build: npm run build && npm run screenshots. The
// mirrored slide is of the Arabic test story (tests/fixtures/languages), which the script builds
// beside dist/, into dist-languages.
import { mkdir, rm } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { languageStories } from "../tests/fixtures/makeLanguagePhotos.mjs";
import { buildSite, shellEnv } from "./buildSite.mjs";
import { readFlags } from "./flags.mjs";
import { SCREENS } from "./firstViewBytes.mjs";
import { CHROMIUM, startPreview } from "./preview.mjs";

// The README's pictures at 2x on phones: sharp enough to read, small enough to keep in git.
const SIZES = { phone: { ...SCREENS.phone, deviceScaleFactor: 2 }, desktop: SCREENS.desktop };
const PAGES = {
  cover: "/hanoi-summit",
  slide3: "/hanoi-summit/3",
  slide5: "/hanoi-summit/5",
  home: "/",
};
/** A right-to-left slide, mirrored, with an English name in its caption. */
const RTL_PAGE = "/hadiqa/2";
const RTL_DIST = "dist-languages";
const RTL_PORT = 4181;

/**
 * Opens each of `pages` on the site at `url` in every size of `sizes`, and saves it as
 * docs/screenshots/<name>-<size>.png.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {Record<string, string>} pages
 * @param {Partial<typeof SIZES>} sizes
 */
async function shoot(browser, url, pages, sizes) {
  for (const [size, options] of Object.entries(sizes)) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(url + path, { waitUntil: "networkidle" });
      await page.waitForTimeout(900);
      const file = `docs/screenshots/${name}-${size}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
}

/** Builds the language test stories into RTL_DIST, and serves them. */
async function startLanguagePreview() {
  const stories = await languageStories();
  try {
    const env = {
      ...shellEnv(process.env),
      STORIES_DIR: stories,
      OUT_DIR: RTL_DIST,
      SITE_ORIGIN: `http://localhost:${RTL_PORT}`,
    };
    await buildSite(env, { quiet: true });
  } finally {
    await rm(stories, { recursive: true, force: true });
  }
  return startPreview(RTL_PORT, RTL_DIST);
}

const flags = readFlags(
  { "rtl-only": { type: "boolean", default: false } },
  "npm run screenshots [-- --rtl-only]   (--rtl-only: retake the mirrored slide alone)",
);

const preview = await startPreview();
const browser = await chromium.launch(CHROMIUM);
await mkdir("docs/screenshots", { recursive: true });
try {
  if (!flags["rtl-only"]) await shoot(browser, preview.url, PAGES, SIZES);
  const languages = await startLanguagePreview();
  try {
    await shoot(browser, languages.url, { rtl: RTL_PAGE }, { phone: SIZES.phone });
  } finally {
    languages.stop();
  }
} finally {
  await browser.close();
  preview.stop();
}
