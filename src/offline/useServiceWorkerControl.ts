import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  const container = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
  container?.addEventListener("controllerchange", onChange);
  return () => container?.removeEventListener("controllerchange", onChange);
}

/** Whether a service worker runs this page (from the first visit on, once it has taken over). */
export function useServiceWorkerControl(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => Boolean(navigator.serviceWorker?.controller),
    () => false,
  );
}
