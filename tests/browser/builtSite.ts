import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { expect } from "@playwright/test";
import { buildSite, shellEnv } from "../../scripts/buildSite.mjs";

/**
 * Builds the site from the stories in `stories` into `dist` with the real build, for `origin`,
 * with the other build `settings` given (READING_ENDPOINT…), serves it on `port` once
 * `vite preview` answers, and returns how to stop the server and remove `stories` (a temporary
 * copy the caller made).
 */
export async function serveBuiltSite({
  stories,
  dist,
  port,
  settings = {},
}: {
  stories: string;
  dist: string;
  port: number;
  settings?: Record<string, string>;
}): Promise<() => Promise<void>> {
  const origin = `http://localhost:${port}`;
  // The build and the server run as from a shell: without the test runner's Node options.
  const env = {
    ...shellEnv(process.env),
    STORIES_DIR: stories,
    OUT_DIR: dist,
    SITE_ORIGIN: origin,
    ...settings,
  };
  await buildSite(env, { quiet: true });
  const server: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(port), "--strictPort"],
    { env, detached: true, stdio: "ignore" },
  );
  const answer = () =>
    fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
  await expect.poll(answer, { timeout: 30_000 }).toBe(200);
  return async () => {
    if (server.pid) process.kill(-server.pid);
    await rm(stories, { recursive: true, force: true });
  };
}
