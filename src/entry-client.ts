import "./styles/app.css";
import { watchForMissingFiles } from "./deploy/recoverFromDeploy";
import { loadUntilDone } from "./faults/retry";

// The browser's entry, as entry-server.tsx is the prerender's. The page arrives prerendered:
// readable, with working links, before any script runs. So this small module waits until the page
// has painted and its first photos have loaded, and only then fetches the app (loadApp.ts, which
// loads React and then mountApp.tsx, which puts the app on the page); the app never competes with
// the first photos for the network.

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

/** Where the last reload made to start the app is remembered, so that it is tried once a minute at most. */
const RELOADED_TO_START = "photo-story:reloaded-to-start";

/**
 * Reloads the page, unless that was done less than a minute ago: the way to start the app when this
 * document can no longer run its code. Says whether it reloads.
 */
function reloadToStart(): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_TO_START) ?? 0);
    if (Date.now() - last < 60_000) return false;
    sessionStorage.setItem(RELOADED_TO_START, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/**
 * Starts the app. If its code cannot be had, the page stays as it is, readable and with working
 * links: after a deploy the new version is loaded instead, and otherwise the app is tried again
 * when the connection is back. When a retry meets the very error of the try before (a piece the
 * app imports failed, and the browser keeps that failure for the life of the document), the page
 * is reloaded onto its own address instead, online, once a minute at most.
 */
const startApp = () =>
  loadUntilDone(
    () => import("./loadApp"),
    () => navigator.onLine && reloadToStart(),
  );

watchForMissingFiles();
void (
  nothingToPaint
    ? Promise.resolve()
    : Promise.race([Promise.all([firstPaint(), pageLoaded()]), atTheLatest])
).then(() => {
  linkManifest();
  return startApp();
});
