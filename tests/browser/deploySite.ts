import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { cp, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeServiceWorker } from "../../scripts/serviceWorker.mjs";

/** The production build the tests read (npm run build). */
const DIST = path.resolve("dist");

/** Files whose text may name a built file. */
const TEXT = /\.(html|js|css|json|webmanifest|xml|txt)$/;

async function filesUnder(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true }))
    .map((file) => path.join(folder, file))
    .filter((file) => !file.includes(`${path.sep}.`));
}

/**
 * The next version of the site, as a deploy would bring it: a copy of the build in which every
 * built file (every script chunk, story data page, stylesheet and photo variant) has a new name,
 * so that each file of the old version is gone, with its own build name, version.json and service
 * worker. Made once per test process.
 */
let next: Promise<{ root: string; build: string; oldBuild: string }> | undefined;
export function nextVersion(): Promise<{ root: string; build: string; oldBuild: string }> {
  next ??= (async () => {
    const root = await mkdtemp(path.join(tmpdir(), "photo-story-next-"));
    await cp(DIST, root, { recursive: true });
    await rm(path.join(root, "sw.js"));
    const oldBuild = JSON.parse(await readFile(path.join(DIST, "version.json"), "utf8")).build;
    const build = `${oldBuild}-next`;
    const assets = await readdir(path.join(root, "assets"));
    const renamed = new Map(assets.map((name) => [name, name.replace(/(\.[a-z0-9]+)$/, "-n$1")]));
    for (const [from, to] of renamed)
      await rename(path.join(root, "assets", from), path.join(root, "assets", to));
    // Longest names first, so no name is rewritten inside a longer one.
    const names = [...renamed.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(
      names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "g",
    );
    for (const file of await filesUnder(root)) {
      if (!TEXT.test(file) || !(await stat(file)).isFile()) continue;
      const text = await readFile(file, "utf8");
      const rewritten = text
        .replace(pattern, (name) => renamed.get(name) ?? name)
        .replaceAll(`data-build="${oldBuild}"`, `data-build="${build}"`);
      if (rewritten !== text) await writeFile(file, rewritten);
    }
    await writeFile(path.join(root, "version.json"), `${JSON.stringify({ build })}\n`);
    await writeServiceWorker(root, "/", build);
    return { root, build, oldBuild };
  })();
  return next;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
};

async function fileAt(root: string, pathname: string): Promise<string | undefined> {
  const file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, path.join(file, "index.html")]) {
    const found = await stat(candidate).catch(() => undefined);
    if (found?.isFile()) return candidate;
  }
  return undefined;
}

/** Answers as the project's nginx config does: a file, a folder's index.html, or 404.html. */
async function serveFrom(root: string, request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? "/", "http://x");
  const file = await fileAt(root, pathname);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, "404.html");
  const cache = pathname.startsWith("/assets/")
    ? "public, max-age=31536000, immutable"
    : "no-cache";
  response.writeHead(status, {
    "content-type": TYPES[path.extname(served)] ?? "application/octet-stream",
    "cache-control": cache,
  });
  response.end(await readFile(served));
}

export interface DeploySite {
  origin: string;
  /** Puts the next version out: from now on every request is answered from it. */
  deploy(): void;
  /** The paths asked for so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The first request this matches brings the deploy, and is answered by the next version. */
  deployAt?: (pathname: string) => boolean;
  /** Requests this matches lose their connection before any answer, as on a train in a tunnel. */
  drop?: (pathname: string) => boolean;
}

/**
 * Serves the current build until `deploy()` (or until a request matches `deployAt`), then the
 * next version.
 */
export async function serveSite(options: ServeOptions = {}): Promise<DeploySite> {
  const { root: nextRoot } = await nextVersion();
  let root = DIST;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://x");
    requests.push(pathname);
    if (options.drop?.(pathname)) {
      request.socket.destroy();
      return;
    }
    if (options.deployAt?.(pathname)) root = nextRoot;
    serveFrom(root, request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploy: () => {
      root = nextRoot;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
