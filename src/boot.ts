import "./styles/app.css";

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

void Promise.race([Promise.all([firstPaint(), pageLoaded()]), atTheLatest]).then(
  () => import("./main"),
);
