// Runs the production build into its own folder, timing it and weighing what it writes.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { buildSite } from "../buildSite.mjs";

/**
 * How long a build took and how much it wrote.
 * @typedef {{ seconds: number; bytes: number }} BuildFigures
 */

/** @param {string} folder */
async function folderBytes(folder) {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      total += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

/**
 * @param {string} outDir
 * @param {Record<string, string | undefined>} [env] added to this process's environment
 * @returns {Promise<BuildFigures>}
 */
export async function timedBuild(outDir, env = {}) {
  const started = performance.now();
  await buildSite({ ...process.env, ...env, OUT_DIR: outDir }, { quiet: true });
  return { seconds: (performance.now() - started) / 1000, bytes: await folderBytes(outDir) };
}
