/** The longest pause between two attempts at something the network refused. */
const LONGEST_PAUSE_MS = 30_000;

/**
 * Resolves when it is worth trying again after attempt number `attempt` (from 0) failed: when the
 * browser says it is back online, or after a pause that doubles with each attempt (1 s, 2 s, 4 s…
 * up to 30 s), since a request can fail while the browser still believes it is online.
 */
export function whenWorthRetrying(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener("online", done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, Math.min(LONGEST_PAUSE_MS, 1_000 * 2 ** attempt));
    window.addEventListener("online", done);
  });
}
