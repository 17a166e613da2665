import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM } from "./scripts/preview.mjs";

const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

/** Debian's Chromium unless CHROME_PATH names another, with the flags this machine needs. */
const launchOptions = CHROMIUM;

export default defineConfig({
  testDir: "./tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_REPORT ?? "reports/playwright.json" }],
  ],
  timeout: 30_000,
  // A limit on polling, never a wait: a page under a busy machine's load took more than 7 s to
  // hydrate, and a passing expectation returns as soon as it holds.
  expect: { timeout: 15_000 },
  // Service workers answer from their caches where page.route cannot see; the offline test allows them.
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions,
    trace: "off",
    serviceWorkers: "block",
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: "desktop",
      // Tests tagged @touch need a touch screen.
      grepInvert: /@touch/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } },
    },
    {
      name: "phone",
      // The sub-folder build is checked once, on the desktop.
      grepInvert: /@build/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent: devices["Pixel 7"].userAgent,
      },
    },
  ],
});
