import { useSyncExternalStore } from "react";

export type Animate = typeof import("framer-motion/dom/mini").animate;

let animate: Animate | undefined;
let loading: Promise<Animate | undefined> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads framer-motion's animation code, once, after the first render: it is not needed to show a
 * slide, only to move between them. If it cannot be had, slides simply do not animate.
 */
export function loadMotion(): Promise<Animate | undefined> {
  loading ??= import("framer-motion/dom/mini").then(
    (module) => {
      animate = module.animate;
      for (const listener of listeners) listener();
      return animate;
    },
    () => undefined,
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** framer-motion's animate once it has loaded; undefined before, on the server, or if it failed. */
export function useMotion(): Animate | undefined {
  return useSyncExternalStore(
    subscribe,
    () => animate,
    () => undefined,
  );
}
