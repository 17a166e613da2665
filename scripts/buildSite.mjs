// The one way the static site is built: the client bundle, the server bundle that renders every
// page, then a page per route (scripts/prerender.mjs). OUT_DIR (default dist) names the site's
// folder; its server bundle goes beside it, in OUT_DIR-ssr, so two builds can run side by side.
// Run as `node scripts/buildSite.mjs`, or import buildSite() with the environment to build with.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Runs one step to its end; rejects with what it printed on stderr if it fails. */
function run(command, args, env, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: quiet ? ["ignore", "ignore", "pipe"] : "inherit",
    });
    let errors = "";
    child.stderr?.on("data", (chunk) => (errors += String(chunk)));
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed:\n${errors}`)),
    );
  });
}

/**
 * Builds the site with `env` (OUT_DIR, STORIES_DIR, BASE_PATH, SITE_ORIGIN…). `quiet` keeps the
 * steps' progress off the terminal and puts their errors in the rejection.
 */
export async function buildSite(env = process.env, { quiet = false } = {}) {
  const outDir = env.OUT_DIR ?? "dist";
  const withDirs = { ...env, OUT_DIR: outDir, SSR_DIR: `${outDir}-ssr` };
  await run("npx", ["vite", "build"], withDirs, quiet);
  await run(
    "npx",
    [
      "vite",
      "build",
      "--ssr",
      "src/entry-server.tsx",
      "--outDir",
      withDirs.SSR_DIR,
      "--emptyOutDir",
    ],
    withDirs,
    quiet,
  );
  await run("node", ["scripts/prerender.mjs"], withDirs, quiet);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSite();
