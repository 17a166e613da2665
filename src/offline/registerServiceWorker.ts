/**
 * Installs the service worker that keeps the app and the photos seen for reading offline. Only in
 * the production build (the dev server has none), and never in a way that can break the page.
 */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator))
    return;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`).catch(() => {
      // Without it the reader works as before, only not offline.
    });
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
