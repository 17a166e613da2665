import { freePort } from "../engines/processes";
import { languageStories } from "../fixtures/makeLanguagePhotos.mjs";
import { serveBuiltSite } from "./builtSite";

/** A site built from the language test stories, served until `stop`. */
export interface LanguageSite {
  origin: string;
  /** The folder the site was built into. */
  dist: string;
  stop: () => Promise<void>;
}

/**
 * Builds the site from tests/fixtures/languages (an Arabic and a Vietnamese story, their photos
 * made first) into `dist` with the real build, and serves it on a free port.
 */
export async function startLanguageSite(dist: string): Promise<LanguageSite> {
  const stories = await languageStories();
  const port = await freePort();
  const stop = await serveBuiltSite({ stories, dist, port });
  return { origin: `http://localhost:${port}`, dist, stop };
}
