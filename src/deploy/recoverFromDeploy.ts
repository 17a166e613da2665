/**
 * A reader who opened a page before a new version of the site went out may ask for a file the new
 * version no longer has: a script chunk, a page of story data, a photo variant. Every such file is
 * named by its content, so it is gone for good, and trying again cannot help. What helps is the new
 * version: this module finds out whether there is one and, if so, reloads the page onto the same
 * address with it (and with its service worker, so that the page and the worker's caches belong
 * to one version). A failure that is not a deploy (no connection, a file really missing) is left
 * to the caller to show as before.
 */

/** The build this page belongs to, as the prerendered page names it (scripts/prerender.mjs). */
export function pageBuild(): string | undefined {
  return typeof document === "undefined" ? undefined : document.documentElement.dataset.build;
}

/** The build the site serves now, or undefined when that cannot be learnt (offline, say). */
async function servedBuild(): Promise<string | undefined> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}version.json`, { cache: "no-store" });
    if (!response.ok) return undefined;
    const { build } = (await response.json()) as { build?: unknown };
    return typeof build === "string" ? build : undefined;
  } catch {
    return undefined;
  }
}

/** Where a reload for a build is remembered, so that a host still serving old pages cannot loop. */
const RELOADED_FOR = "photo-story:reloaded-for-build";

function remember(key: string, value?: string): string | null {
  try {
    if (value !== undefined) sessionStorage.setItem(key, value);
    return sessionStorage.getItem(key);
  } catch {
    // Storage may be refused; then a reload is simply not remembered.
    return null;
  }
}

/**
 * Lets the new version's service worker take over this page, when one is installed or installing:
 * without it, the page of the new version would run under the old worker, whose caches it does not
 * match. Resolves when the new worker controls the page, or when there is none to wait for.
 */
async function takeNewServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  const registration = await container?.getRegistration().catch(() => undefined);
  if (!container || !registration?.active) return;
  await registration.update().catch(() => undefined);
  const worker = registration.waiting ?? registration.installing;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    container.addEventListener("controllerchange", () => resolve(), { once: true });
    const follow = () => {
      if (worker.state === "installed") worker.postMessage({ type: "SKIP_WAITING" });
      // A worker that failed to install leaves the old one in charge: reload under it.
      if (worker.state === "redundant") resolve();
    };
    worker.addEventListener("statechange", follow);
    follow();
  });
}

let checking: Promise<boolean> | undefined;

/**
 * Called when a file of this page's build could not be had. Resolves to true when a newer build is
 * served and the page is being reloaded onto it (the caller should then show nothing new), and to
 * false when there is no newer build to recover with. Many failures at once share one check.
 */
export function recoverFromMissingFile(): Promise<boolean> {
  checking ??= (async () => {
    const current = pageBuild();
    const served = await servedBuild();
    if (!current || !served || served === current) return false;
    // Reloaded for this build once already, and still given the old pages: leave it there.
    if (remember(RELOADED_FOR) === served) return false;
    remember(RELOADED_FOR, served);
    await takeNewServiceWorker();
    window.location.reload();
    return true;
  })().finally(() => {
    // A later failure (after a deploy that happens while reading) checks again.
    setTimeout(() => (checking = undefined), 0);
  });
  return checking;
}

/** Whether a failed element's address is one of this site's built files. */
function isBuiltFile(address: string): boolean {
  try {
    const url = new URL(address, window.location.href);
    return (
      url.origin === window.location.origin &&
      url.pathname.startsWith(`${import.meta.env.BASE_URL}assets/`)
    );
  } catch {
    return false;
  }
}

/**
 * Listens, for the life of the page, for built files that fail: a script or style chunk loaded on
 * demand (Vite announces these as `vite:preloadError`), and any photo of the site, in a slide, the
 * contents or the enlarged view. Each starts a check for a newer build.
 */
export function watchForMissingFiles(): void {
  window.addEventListener("vite:preloadError", () => void recoverFromMissingFile());
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target instanceof HTMLImageElement && isBuiltFile(target.currentSrc || target.src))
        void recoverFromMissingFile();
    },
    // Load errors do not bubble; they are seen on their way down.
    true,
  );
}
