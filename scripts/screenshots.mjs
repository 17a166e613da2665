// Takes the README's screenshots from the real build: npm run build && npm run screenshots
import { mkdir } from "node:fs/promises";
import { chromium } from "@playwright/test";
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
