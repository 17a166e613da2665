import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeAgencyPhotos } from "../fixtures/makeAgencyPhotos.mjs";
import { serveBuiltSite } from "./builtSite";

/** The folder and port of the site built from the newsroom's test stories. */
export const NEWSROOM_DIST = "dist-newsroom";
export const NEWSROOM_PORT = 4176;
export const NEWSROOM_ORIGIN = `http://localhost:${NEWSROOM_PORT}`;

/** The test stories, as a newsroom would add them (tests/fixtures/newsroom). */
const FIXTURES = path.resolve("tests/fixtures/newsroom");

/**
 * Builds the site from the test stories (the agency photos are made first, into a copy of the
 * fixtures), serves it, and returns how to stop the server.
 */
export async function startNewsroomSite(): Promise<() => Promise<void>> {
  const stories = await mkdtemp(path.join(tmpdir(), "newsroom-stories-"));
  await cp(FIXTURES, stories, { recursive: true });
  await makeAgencyPhotos(path.join(stories, "agency-photos"));
  return serveBuiltSite({ stories, dist: NEWSROOM_DIST, port: NEWSROOM_PORT });
}
