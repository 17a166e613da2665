// Bytes of the built site: the JavaScript a first render needs, all JavaScript, CSS, and each
// route's HTML, gzipped as a server would send them.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const gzip = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/** The scripts a page loads before it can render: its module entry and what that imports at once. */
async function firstRenderScripts(dist, html) {
  const entry = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1],
  );
  return [...new Set([...entry, ...preloaded])].map((src) =>
    path.join(dist, src.replace(/^.*\/assets\//, "assets/")),
  );
}

export async function siteBytes(dist, routes) {
  const assets = await readdir(path.join(dist, "assets"));
  const sum = async (files) =>
    (await Promise.all(files.map(gzip))).reduce((total, size) => total + size, 0);
  const scripts = assets
    .filter((file) => file.endsWith(".js"))
    .map((file) => path.join(dist, "assets", file));
  const styles = assets
    .filter((file) => file.endsWith(".css"))
    .map((file) => path.join(dist, "assets", file));
  const pages = {};
  let firstRender = 0;
  for (const route of routes) {
    const file = path.join(dist, route === "/" ? "" : route, "index.html");
    const html = await readFile(file, "utf8");
    pages[route] = await gzip(file);
    firstRender = Math.max(firstRender, await sum(await firstRenderScripts(dist, html)));
  }
  return {
    firstRenderJs: firstRender,
    totalJs: await sum(scripts),
    css: await sum(styles),
    html: pages,
    htmlMax: Math.max(...Object.values(pages)),
  };
}
