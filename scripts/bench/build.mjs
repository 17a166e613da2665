// Runs the production build into its own folder, timing it and weighing what it writes.
import { spawnSync } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

async function folderBytes(folder) {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      total += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

export async function timedBuild(outDir, env = {}) {
  const started = performance.now();
  const steps = [
    ["npx", ["vite", "build"]],
    [
      "npx",
      ["vite", "build", "--ssr", "src/entry-server.tsx", "--outDir", "dist-ssr", "--emptyOutDir"],
    ],
    ["node", ["scripts/prerender.mjs"]],
  ];
  for (const [command, args] of steps) {
    const run = spawnSync(command, args, {
      env: { ...process.env, ...env, OUT_DIR: outDir },
      encoding: "utf8",
      maxBuffer: 256 << 20,
    });
    if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${run.stderr}`);
  }
  return { seconds: (performance.now() - started) / 1000, bytes: await folderBytes(outDir) };
}
