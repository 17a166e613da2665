// Starts `vite preview` on the built dist/ and resolves once it answers; used by the repo's scripts.
import { spawn } from "node:child_process";

/**
 * @param {number} [port]
 * @param {string} [outDir]
 * @returns {Promise<{ url: string; stop: () => void }>}
 */
export async function startPreview(port = 4180, outDir = "dist") {
  const server = spawn("npx", ["vite", "preview", "--port", String(port), "--strictPort"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: { ...process.env, OUT_DIR: outDir },
  });
  const url = `http://localhost:${port}`;
  // Detached, the server leads its own process group: stopping the group stops npx and Vite.
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}; run npm run build first`);
}

export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
