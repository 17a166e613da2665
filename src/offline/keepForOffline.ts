import { SITE } from "../publishing/site";
import { sitePath } from "../publishing/siteAddress";

/**
 * Asks the service worker to keep pages and photos for offline reading. The worker fetches them
 * through its own routes (scripts/serviceWorker.mjs), so what it keeps obeys the same expiry, size
 * limits and full-quota handling as what the reader opened; the page never writes to a cache
 * itself.
 */

/** Files asked for at a time: keeping never crowds out what the reader is waiting for. */
const BATCH = 4;

/** A photo by its address, or a page, asked for as a page (its request accepts only HTML). */
type Wanted = string | [string, RequestInit];

const asPage = (url: string): Wanted => [url, { headers: { accept: "text/html" } }];

/** Resolves once the worker has kept `wanted`; never, if one of them could not be fetched. */
function askWorker(worker: ServiceWorker, wanted: Wanted[]): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: wanted } }, [channel.port2]);
  });
}

async function isKept(url: string): Promise<boolean> {
  return (await caches.match(url, { ignoreVary: true })) !== undefined;
}

/**
 * Keeps `pages` and `photos` (absolute addresses, the most wanted first) that are not kept yet, a
 * few at a time, until `cancelled()` says the reader has moved on. Without a service worker in
 * control, does nothing. A failed fetch stops the run quietly: the next rest starts another.
 */
export async function keepForOffline(
  pages: readonly string[],
  photos: readonly string[],
  cancelled: () => boolean = () => false,
): Promise<void> {
  const worker = typeof navigator === "undefined" ? undefined : navigator.serviceWorker?.controller;
  if (!worker || typeof caches === "undefined") return;
  const wanted: Wanted[] = [];
  for (const url of pages) if (!(await isKept(url))) wanted.push(asPage(url));
  for (const url of photos) if (!(await isKept(url))) wanted.push(url);
  for (let start = 0; start < wanted.length; start += BATCH) {
    if (cancelled()) return;
    await askWorker(worker, wanted.slice(start, start + BATCH));
  }
}

/** The absolute address, on this page's origin, of a path as the router writes it. */
export function siteUrl(path: string): string {
  return new URL(sitePath(SITE, path), window.location.href).href;
}
