import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { buildSite, shellEnv } from "../../scripts/buildSite.mjs";
import { makeAgencyPhotos } from "../fixtures/makeAgencyPhotos.mjs";

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
  // The build and the server run as from a shell: without the test runner's Node options.
  const env = {
    ...shellEnv(process.env),
    STORIES_DIR: stories,
    OUT_DIR: NEWSROOM_DIST,
    SITE_ORIGIN: NEWSROOM_ORIGIN,
  };
  await buildSite(env, { quiet: true });
  const server: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(NEWSROOM_PORT), "--strictPort"],
    { env, detached: true, stdio: "ignore" },
  );
  const answer = () =>
    fetch(`${NEWSROOM_ORIGIN}/`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
  await expect.poll(answer, { timeout: 30_000 }).toBe(200);
  return async () => {
    if (server.pid) process.kill(-server.pid);
    await rm(stories, { recursive: true, force: true });
  };
}
