// Writes dist/sw.js with Workbox, after the pages exist: the app shell (scripts, styles, a page to
// start the app on any address) is precached; pages are network-first with the shell as their
// offline fallback; photos are kept once seen. What it keeps is bounded (docs/offline.md).
import { appendFile } from "node:fs/promises";
import { generateSW } from "workbox-build";

/** The cache the reader also fills with the photos of the slides ahead (src/offline). */
export const PHOTO_CACHE = "photos";
/** The pages kept for offline reading belong to one build: their scripts are that build's. */
const PAGE_CACHE_PREFIX = "pages-";

/**
 * Writes `${dist}/sw.js` for the site at `base`, built as `build` (scripts/prerender.mjs): a new
 * build's worker precaches that build's files and drops the pages kept by older ones.
 */
export async function writeServiceWorker(
  /** @type {string} */ dist,
  /** @type {string} */ base,
  /** @type {string} */ build,
) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: [
      "assets/*.{js,css}",
      "shell.html",
      "404.html",
      "favicon-32.png",
      "manifest.webmanifest",
      "icons/*.png",
    ],
    modifyURLPrefix: { "": base },
    swDest: `${dist}/sw.js`,
    mode: "production",
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cleanupOutdatedCaches: true,
    // The first visit is taken over at once, so what it reads is kept. A later version waits until
    // every tab of the old one is closed: no page ever runs on a mix of old and new files.
    clientsClaim: true,
    skipWaiting: false,
    navigateFallback: null,
    runtimeCaching: [
      {
        // A file of the site that is not a page, opened in a tab (a feed, the sitemap): a page's
        // address never has a file extension. Always from the network: a feed must show the
        // newest stories, and offline the app's shell is no stand-in for it.
        urlPattern: ({ request, url }) =>
          request.mode === "navigate" && /\/[^/]+\.(?!html$)[a-z0-9]+$/i.test(url.pathname),
        handler: "NetworkOnly",
      },
      {
        // A page the reader opens, or one the reader asks to keep ahead (sent to the worker as a
        // CACHE_URLS message whose requests accept text/html, by src/offline/keepForOffline.ts).
        urlPattern: ({ request }) =>
          request.mode === "navigate" || request.headers.get("accept") === "text/html",
        handler: "NetworkFirst",
        options: {
          cacheName: `${PAGE_CACHE_PREFIX}${build}`,
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200, purgeOnQuotaError: true },
          // A page kept from a request that asked only for text/html serves a navigation too.
          matchOptions: { ignoreVary: true },
          precacheFallback: { fallbackURL: `${base}shell.html` },
        },
      },
      {
        urlPattern: /\/assets\/[^/]+\.(?:avif|webp|jpg|jpeg|png)$/,
        handler: "CacheFirst",
        options: {
          cacheName: PHOTO_CACHE,
          // A full quota empties this cache rather than failing the page (docs/offline.md).
          expiration: {
            maxEntries: 400,
            maxAgeSeconds: 60 * 60 * 24 * 60,
            purgeOnQuotaError: true,
          },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  });
  for (const warning of warnings) console.warn(warning);
  // Pages of an older build point at scripts this worker no longer keeps: once it takes over,
  // they go, and the pages are kept again as the reader reads.
  await appendFile(
    `${dist}/sw.js`,
    `\nself.addEventListener("activate",e=>e.waitUntil(caches.keys().then(n=>Promise.all(` +
      `n.filter(c=>c.startsWith(${JSON.stringify(PAGE_CACHE_PREFIX)})&&c!==${JSON.stringify(`${PAGE_CACHE_PREFIX}${build}`)})` +
      `.map(c=>caches.delete(c))))));\n`,
  );
  console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}
