// Writes dist/sw.js with Workbox, after the pages exist: the app shell (scripts, styles, a page to
// start the app on any address) is precached; pages are network-first with the shell as their
// offline fallback; photos are kept once seen.
import { generateSW } from "workbox-build";

/** The cache the reader also fills with the photos of the slides ahead (src/offline). */
export const PHOTO_CACHE = "photos";

export async function writeServiceWorker(dist, base) {
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
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkFirst",
        options: {
          cacheName: "pages",
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200 },
          precacheFallback: { fallbackURL: `${base}shell.html` },
        },
      },
      {
        urlPattern: /\/assets\/[^/]+\.(?:avif|webp|jpg|jpeg|png)$/,
        handler: "CacheFirst",
        options: {
          cacheName: PHOTO_CACHE,
          expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  });
  for (const warning of warnings) console.warn(warning);
  console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}
