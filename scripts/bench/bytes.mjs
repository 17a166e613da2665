// Bytes of the built site: the JavaScript a first render needs, all JavaScript, CSS, and each
// route's HTML, gzipped as a server would send them.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What the built site weighs, gzipped, in bytes: the most JavaScript any route needs for its first
 * render, all JavaScript, all CSS, and each route's HTML with the largest of them.
 * @typedef {object} SiteBytes
 * @property {number} firstRenderJs
 * @property {number} totalJs
 * @property {number} css
 * @property {Record<string, number>} html by route
 * @property {number} htmlMax
 */

/** @param {string} file */
const gzip = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/**
 * The scripts a page loads before it can render: its module entry and what that imports at once.
 * @param {string} dist
 * @param {string} html
 */
async function firstRenderScripts(dist, html) {
  const entry = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
  return [...new Set([...entry, ...preloaded])].map((src) =>
    path.join(dist, src.replace(/^.*\/assets\//, "assets/")),
  );
}

/**
 * @param {string} dist
 * @param {string[]} routes
 * @returns {Promise<SiteBytes>}
 */
export async function siteBytes(dist, routes) {
  const assets = await readdir(path.join(dist, "assets"));
  /** @param {string[]} files */
  const sum = async (files) =>
    (await Promise.all(files.map(gzip))).reduce((total, size) => total + size, 0);
  const scripts = assets
    .filter((file) => file.endsWith(".js"))
    .map((file) => path.join(dist, "assets", file));
  const styles = assets
    .filter((file) => file.endsWith(".css"))
    .map((file) => path.join(dist, "assets", file));
  /** @type {Record<string, number>} */
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
