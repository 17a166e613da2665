import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while React renders on the server and while it hydrates that HTML, true after.
 * Lets the first client render match the prerendered page exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
