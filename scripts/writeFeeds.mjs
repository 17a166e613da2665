// Writes the site's feeds (feed.xml, Atom; feed.json, JSON Feed) into the site's folder, from the
// server build beside it, which renders them as it renders the pages (src/publishing/feeds).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** @typedef {import("./site.mjs").Site} Site */
/** @typedef {{ file: string; content: string }} FeedFile */

/**
 * @param {string} dist
 * @param {string} ssrDir
 * @param {Site} site
 */
export async function writeFeeds(dist, ssrDir, site) {
  const bundle = await import(pathToFileURL(path.resolve(ssrDir, "entry-server.js")).href);
  /** @type {FeedFile[]} */
  const feeds = await bundle.prerenderFeeds(site);
  for (const { file, content } of feeds) await writeFile(path.join(dist, file), content);
}
