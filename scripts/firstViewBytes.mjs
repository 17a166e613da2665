// Measures what a first view costs in a real browser against the built site, per screen size.
import { chromium } from "@playwright/test";
import { CHROMIUM } from "./preview.mjs";

export const SCREENS = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  },
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
};

/** Bytes on the wire by kind (image, script, stylesheet, document) for opening `path` on `screen`. */
/**
 * @param {string} baseUrl
 * @param {string} path
 * @param {keyof typeof SCREENS} screen
 */
export async function firstViewBytes(baseUrl, path, screen) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext(SCREENS[screen]);
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send("Network.enable");
    /** @type {Map<string, { type: string; url: string }>} */
    const kinds = new Map();
    const totals = { image: 0, script: 0, stylesheet: 0, document: 0, other: 0 };
    /** @type {{ url: string; bytes: number }[]} */
    const files = [];
    session.on("Network.responseReceived", ({ requestId, type, response }) => {
      kinds.set(requestId, { type: type.toLowerCase(), url: response.url });
    });
    session.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      const request = kinds.get(requestId);
      if (!request || request.url.startsWith("data:")) return;
      const kind = /** @type {keyof typeof totals} */ (
        request.type in totals ? request.type : "other"
      );
      totals[kind] += encodedDataLength;
      if (kind === "image")
        files.push({ url: new URL(request.url).pathname, bytes: encodedDataLength });
    });
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    await context.close();
    return { ...totals, files };
  } finally {
    await browser.close();
  }
}
