import { LazyMotion } from "framer-motion";
import { useSyncExternalStore, type ReactNode } from "react";

let ready = false;
const listeners = new Set<() => void>();

/**
 * framer-motion's animation features, loaded after the first render. Readiness is announced a
 * frame after they arrive, once LazyMotion has handed them to every `m` component, so no slide
 * takes a state it cannot animate out of. If they never arrive, nothing waits for them.
 */
const loadFeatures = () =>
  import("./motionFeatures").then((module) => {
    requestAnimationFrame(() => {
      ready = true;
      for (const listener of listeners) listener();
    });
    return module.default;
  });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether slides may animate: framer-motion's features have loaded. */
export function useMotionReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
}

/** Lets `m` components animate once framer-motion's features have loaded. */
export function MotionFeatures({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      {children}
    </LazyMotion>
  );
}
