import { startTransition, useEffect, useState } from "react";

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

/**
 * framer-motion's animate once it has loaded; undefined before, on the server, or if it failed.
 * Its arrival re-renders the whole reader, as a transition: React can then split that render
 * across frames, where an external store's change would be rendered in one synchronous task.
 */
export function useMotion(): Animate | undefined {
  // animate is a function: handed to useState as such, it would be called as an initialiser.
  const [current, setCurrent] = useState(() => animate);
  useEffect(() => {
    const update = () => startTransition(() => setCurrent(() => animate));
    // It may have arrived between this component's render and this effect.
    update();
    return subscribe(update);
  }, []);
  return current;
}
