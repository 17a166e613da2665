import { recoverFromMissingFile } from "../deploy/recoverFromDeploy";

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

/**
 * Runs `load` until it succeeds, and says so (true). After each failure: if a newer build of the
 * site is out, the page is reloading onto it and this resolves to false; if `load` failed with the
 * very error of the try before (the browser keeps a module's failure for the life of the document),
 * `stuck()` may take over instead, returning true when it did (and this resolves to false);
 * otherwise `load` is tried again when worth it.
 */
export async function loadUntilDone(
  load: () => Promise<unknown>,
  stuck: () => boolean = () => false,
): Promise<boolean> {
  let previous: unknown;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await load();
      return true;
    } catch (error) {
      if (await recoverFromMissingFile()) return false;
      if (error === previous && stuck()) return false;
      previous = error;
      await whenWorthRetrying(attempt);
    }
  }
}
