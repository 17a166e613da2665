import { startTransition, useEffect, useState } from "react";

/** Whether the app has hydrated its first page: readers mounted after that need no second render. */
let appHydrated = false;

/**
 * False while React renders on the server and while it hydrates that HTML, true after. Lets the
 * first client render match the prerendered page exactly. The switch to true is a transition:
 * it grows the reader from the prerendered slides to its full window, and as a transition that
 * render yields to the browser instead of holding the main thread in one task.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(appHydrated);
  useEffect(() => {
    if (hydrated) return;
    appHydrated = true;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
