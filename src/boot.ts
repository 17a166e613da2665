import "./styles/app.css";
import { recoverFromMissingFile, watchForMissingFiles } from "./deploy/recoverFromDeploy";
import { whenWorthRetrying } from "./faults/retry";

// The page arrives prerendered: readable, with working links, before any script runs. So the app
// (React, the router, the reader) is fetched only once the page has painted and its first photos
// have loaded, and never competes with them for the network.

function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: "paint", buffered: true });
  });
}

function pageLoaded(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
}

/** However the page fares, the app starts within a few seconds. */
const atTheLatest = new Promise<void>((resolve) => setTimeout(resolve, 4_000));

/**
 * The web app manifest is for installing the reader, not for showing a page. Linked from the HTML,
 * Chromium fetches it, then its icon, while the page is still loading, on the same slow connection
 * as the first photo; so it is linked only once the page is up.
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(link);
}

/**
 * The shell page (served offline for an address not kept, and by the dev server) has nothing to
 * paint: waiting for a first paint there would only wait for the timer. The app starts at once.
 */
const nothingToPaint = !document.getElementById("root")?.firstElementChild;

/**
 * Starts the app. If its code cannot be had, the page stays as it is, readable and with working
 * links: after a deploy the new version is loaded instead, and otherwise the app is tried again
 * when the connection is back.
 */
async function startApp(): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await import("./main");
      return;
    } catch {
      if (await recoverFromMissingFile()) return;
      await whenWorthRetrying(attempt);
    }
  }
}

watchForMissingFiles();
void (
  nothingToPaint
    ? Promise.resolve()
    : Promise.race([Promise.all([firstPaint(), pageLoaded()]), atTheLatest])
).then(() => {
  linkManifest();
  return startApp();
});
