// Takes the README's screenshots from the real build: npm run build && npm run screenshots
import { mkdir } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { CHROMIUM, startPreview } from "./preview.mjs";

const SIZES = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
};
const PAGES = {
  cover: "/hanoi-summit",
  slide3: "/hanoi-summit/3",
  slide5: "/hanoi-summit/5",
  home: "/",
};

const preview = await startPreview();
const browser = await chromium.launch(CHROMIUM);
await mkdir("docs/screenshots", { recursive: true });
try {
  for (const [size, options] of Object.entries(SIZES)) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(preview.url + path, { waitUntil: "networkidle" });
      await page.waitForTimeout(900);
      const file = `docs/screenshots/${name}-${size}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
