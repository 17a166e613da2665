import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { expect } from "@playwright/test";
import { buildSite, shellEnv } from "../../scripts/buildSite.mjs";
import { languageStories } from "../fixtures/makeLanguagePhotos.mjs";

/** A site built from the language test stories, served until `stop`. */
export interface LanguageSite {
  origin: string;
  /** The folder the site was built into. */
  dist: string;
  stop: () => Promise<void>;
}

/** A port nothing listens on now, as the system hands one out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Builds the site from tests/fixtures/languages (an Arabic and a Vietnamese story, their photos
 * made first) into `dist` with the real build, and serves it on a free port.
 */
export async function startLanguageSite(dist: string): Promise<LanguageSite> {
  const stories = await languageStories();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  // The build and the server run as from a shell: without the test runner's Node options.
  const env = {
    ...shellEnv(process.env),
    STORIES_DIR: stories,
    OUT_DIR: dist,
    SITE_ORIGIN: origin,
  };
  await buildSite(env, { quiet: true });
  const server: ChildProcess = spawn(
    "npx",
    ["vite", "preview", "--port", String(port), "--strictPort"],
    {
      env,
      detached: true,
      stdio: "ignore",
    },
  );
  const answer = () =>
    fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
  await expect.poll(answer, { timeout: 30_000 }).toBe(200);
  return {
    origin,
    dist,
    stop: async () => {
      if (server.pid) process.kill(-server.pid);
      await rm(stories, { recursive: true, force: true });
    },
  };
}
