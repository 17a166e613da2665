// The one way the static site is built: the client bundle, the server bundle that renders every
// page, then a page per route (scripts/prerender.mjs). OUT_DIR (default dist) names the site's
// folder; its server bundle goes beside it, in OUT_DIR-ssr, so two builds can run side by side.
// Run as `node scripts/buildSite.mjs` (npm run build), or import buildSite() with the environment
// to build with: it runs this file in a process of its own, as from a shell.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readFlags } from "./flags.mjs";
import { prerender } from "./prerender.mjs";
import { readingEndpointFromEnv, siteFromEnv } from "./site.mjs";

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * The environment of a build started from a test runner or a script: without the runner's own
 * Node options and hooks (Playwright's loader would otherwise compile the build's modules).
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string | undefined>}
 */
export function shellEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== "NODE_OPTIONS" && !name.startsWith("PW")),
  );
}

/**
 * Builds the site with `env` (OUT_DIR, STORIES_DIR, BASE_PATH, SITE_ORIGIN…). `quiet` keeps the
 * build's progress off the terminal and puts its errors in the rejection.
 * @param {Record<string, string | undefined>} [env]
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<void>}
 */
export function buildSite(env = process.env, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [THIS_FILE], {
      env: shellEnv(env),
      stdio: quiet ? ["ignore", "ignore", "pipe"] : "inherit",
    });
    let errors = "";
    child.stderr?.on("data", (chunk) => (errors += String(chunk)));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`the site's build failed:\n${errors}`)),
    );
  });
}

/**
 * The build itself, in this process: both bundles share the photo variants' cache
 * (build/variantCache.ts), so the server build encodes nothing the client build has made.
 * @param {Record<string, string | undefined>} env
 */
async function buildHere(env) {
  const dist = env.OUT_DIR ?? "dist";
  const ssrDir = `${dist}-ssr`;
  // Loaded here, not on import: a test that only starts a build need not load Vite.
  const { build } = await import("vite");
  await build({ build: { outDir: dist } });
  await build({
    build: { ssr: "src/entry-server.tsx", outDir: ssrDir, emptyOutDir: true },
  });
  await prerender({
    dist,
    ssrDir,
    site: siteFromEnv(env),
    readingEndpoint: readingEndpointFromEnv(env),
  });
}

if (process.argv[1] === THIS_FILE) {
  readFlags({}, "node scripts/buildSite.mjs (settings come from the environment: OUT_DIR…)");
  await buildHere(process.env);
}
