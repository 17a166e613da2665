// Writes a real HTML page for every route into the site's folder, from the server build beside it:
// the route's markup inside #root, its <head> tags, and the stylesheet inlined. Then what goes
// with the pages: redirects, sitemap, the offline shell, the build's name, the service worker and
// the hosts' headers. Each step is a function below; prerender() runs them in order.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CSP_EMBED_HEADER, CSP_HEADER, cspEmbedHeader, cspHeader, cspMeta } from "./csp.mjs";
import { writeServiceWorker } from "./serviceWorker.mjs";
import { writeFeeds } from "./writeFeeds.mjs";

/** @typedef {import("./site.mjs").Site} Site */
/**
 * @typedef {{ path: string; lang: string; dir: string; head: string; html: string;
 *   alternates: readonly { hreflang: string; path: string }[]; unlisted?: boolean }} Page
 */
/** @typedef {(site: Site) => Promise<Page[]>} PrerenderPages */

/**
 * Every insertion goes through a function: a replacement string would read "$&", "$'" and "$1"
 * in story text as patterns, and put pieces of the page in their place.
 * @param {string} html
 * @param {string} marker
 * @param {string} content
 */
const put = (html, marker, content) => html.replace(marker, () => content);

/**
 * The server bundle's page renderer (src/entry-server.tsx).
 * @param {string} ssrDir
 * @returns {Promise<PrerenderPages>}
 */
async function loadPageRenderer(ssrDir) {
  const bundle = await import(pathToFileURL(path.resolve(ssrDir, "entry-server.js")).href);
  return bundle.prerenderPages;
}

/**
 * The build's name: every file it wrote is named by its content, so their names name the build. A
 * page carries the name of the build it belongs to, and version.json names the build now served;
 * a reader whose files have gone compares the two (src/deploy).
 * @param {Set<string>} clientAssets
 */
function nameBuild(clientAssets) {
  return createHash("sha256")
    .update([...clientAssets].sort().join("\n"))
    .digest("hex")
    .slice(0, 16);
}

/**
 * The page every route is written into: the client build's index.html with its stylesheet
 * inlined (it is small, and inlining saves the round trip that would hold up the first paint),
 * the build's name, and the Content-Security-Policy.
 * @param {string} dist
 * @param {Site} site
 * @param {string} build
 * @param {string | undefined} readingEndpoint
 */
async function pageShell(dist, site, build, readingEndpoint) {
  const template = await readFile(path.join(dist, "index.html"), "utf8");
  const stylesheet = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(template);
  if (!stylesheet?.[1]) throw new Error(`${dist}/index.html links no stylesheet`);
  const cssFile = path.join(dist, stylesheet[1].slice(site.base.length));
  const css = (await readFile(cssFile, "utf8")).replace(/<\/style/gi, "<\\/style");
  const named = put(template, "<html ", `<html data-build="${build}" `);
  const inlined = put(named, stylesheet[0], `<style>${css}</style>`);
  return put(
    inlined,
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta(readingEndpoint)}" />`,
  );
}

/**
 * The server build names its assets by itself; a page that points at a file the client build did
 * not write would show a broken photo, so the build stops instead.
 * @param {Site} site
 * @param {Set<string>} clientAssets
 * @param {string} route
 * @param {string} html
 */
function checkAssets(site, clientAssets, route, html) {
  const assetPrefix = `${site.base}assets/`;
  // Only addresses the page loads or links: text that merely mentions "/assets/" (a caption, a
  // licence's web address) is not an asset.
  const addresses = [...html.matchAll(/\s(src|href|srcset|imagesrcset|content)="([^"]*)"/g)]
    // A meta tag's content is an address only when it is one of this site (og:image).
    .filter(([, name, value = ""]) => name !== "content" || value.startsWith(site.origin))
    .flatMap(([, , value = ""]) => value.split(","))
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .map((address) =>
      address.startsWith(site.origin) ? address.slice(site.origin.length) : address,
    )
    .filter((address) => address.startsWith(assetPrefix));
  for (const address of addresses) {
    const name = address.slice(assetPrefix.length).replace(/[?#].*$/, "");
    if (!clientAssets.has(name))
      throw new Error(
        `prerender: the page for ${route} points at ${assetPrefix}${name}, which the client build did not write`,
      );
  }
}

/**
 * The page in its interface language and direction: the language its buttons and labels speak
 * (the story list's and the not-found page's is the site's), and the way the page runs (a
 * right-to-left story's pages are mirrored). A story's own text says its language on its article.
 * @param {string} shell
 * @param {string} lang
 * @param {string} dir
 */
function inLanguage(shell, lang, dir) {
  const html = /^<html\b[^>]*>/m.exec(shell);
  if (!html) throw new Error("prerender: index.html has no <html> tag");
  const tag = html[0]
    .replace(/\slang="[^"]*"/, ` lang="${lang}"`)
    .replace(/\sdir="[^"]*"/, ` dir="${dir}"`);
  if (!tag.includes(` lang="${lang}"`) || !tag.includes(` dir="${dir}"`))
    throw new Error('prerender: index.html\'s <html> tag needs lang="…" and dir="…" to set');
  return shell.replace(html[0], () => tag);
}

/**
 * Writes each route's page; returns the size of the largest.
 * @param {{ dist: string; site: Site; shell: string; clientAssets: Set<string>; pages: Page[] }} build
 */
async function writeRoutePages({ dist, site, shell, clientAssets, pages }) {
  let largest = 0;
  for (const page of pages) {
    const rootAttributes =
      page.path === "/404" ? "" : ` data-path="${site.base.replace(/\/$/, "")}${page.path}"`;
    const html = put(
      put(inLanguage(shell, page.lang, page.dir), "<!--app-head-->", page.head),
      '<div id="root"><!--app-html--></div>',
      `<div id="root"${rootAttributes}>${page.html}</div>`,
    );
    checkAssets(site, clientAssets, page.path, html);
    const file =
      page.path === "/404" ? path.join(dist, "404.html") : path.join(dist, page.path, "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    largest = Math.max(largest, html.length);
  }
  return largest;
}

/**
 * Slide 1's address is the story's own; /story/1 sends there, with or without JavaScript.
 * @param {string} dist
 * @param {Site} site
 * @param {Page[]} pages
 */
async function writeSlideOneRedirects(dist, site, pages) {
  const storyPages = pages.filter((page) => /^\/[^/]+$/.test(page.path) && page.path !== "/404");
  for (const page of storyPages) {
    const target = `${site.base.replace(/\/$/, "")}${page.path}`;
    const file = path.join(dist, page.path, "1", "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Redirecting</title>` +
        `<link rel="canonical" href="${site.origin}${target}"><meta http-equiv="refresh" content="0; url=${target}">` +
        `</head><body><a href="${target}">Continue to the story</a></body></html>`,
    );
  }
}

/**
 * Search engines: every story and slide, once each, at its one address, with the same slide in
 * the story's other languages. Not the stories' endings: they hold nothing a slide does not.
 * @param {string} dist
 * @param {Site} site
 * @param {Page[]} pages
 */
async function writeSitemap(dist, site, pages) {
  /** @param {string} route */
  const pageUrl = (route) => new URL(`${site.base.replace(/\/$/, "")}${route}`, site.origin).href;
  // An embed's page is the slide's without the site around it, and an ending holds nothing a slide
  // does not: neither is a page of its own for search engines.
  const listed = pages.filter(
    (page) => page.path !== "/404" && !page.unlisted && !page.path.startsWith("/embed/"),
  );
  /** @param {Page} page */
  const entry = (page) =>
    `  <url>\n    <loc>${pageUrl(page.path)}</loc>\n` +
    page.alternates
      .map(
        (alternate) =>
          `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${pageUrl(alternate.path)}"/>\n`,
      )
      .join("") +
    `  </url>\n`;
  await writeFile(
    path.join(dist, "sitemap.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
      listed.map(entry).join("") +
      `</urlset>\n`,
  );
  await writeFile(
    path.join(dist, "robots.txt"),
    `User-agent: *\nAllow: /\n\nSitemap: ${pageUrl("/sitemap.xml")}\n`,
  );
}

/**
 * Every slide's oEmbed document, a static JSON file (src/embed/oembedDocument.ts).
 * @param {string} dist
 * @param {string} ssrDir
 * @param {Site} site
 */
async function writeOembeds(dist, ssrDir, site) {
  const bundle = await import(pathToFileURL(path.resolve(ssrDir, "entry-server.js")).href);
  /** @type {{ path: string; content: string }[]} */
  const files = await bundle.prerenderOembeds(site);
  for (const file of files) {
    const target = path.join(dist, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/**
 * What lets a reader go on offline: the page for an address not yet visited (the app, without
 * content, which then renders the address itself), the build's name, and the service worker.
 * @param {string} dist
 * @param {Site} site
 * @param {string} shell
 * @param {string} build
 */
async function writeOfflineFiles(dist, site, shell, build) {
  await writeFile(
    path.join(dist, "shell.html"),
    put(put(shell, "<!--app-head-->", "<title>Photo stories</title>"), "<!--app-html-->", ""),
  );
  await writeFile(path.join(dist, "version.json"), `${JSON.stringify({ build })}\n`);
  await writeServiceWorker(dist, site.base, build);
}

/**
 * Headers for hosts, with the pages' policies (framed nowhere; embeds framed anywhere): a _headers
 * file (Netlify, Cloudflare Pages read it as it is) and nginx's snippets (deploy/security-headers.conf
 * and deploy/embed-security-headers.conf, which are the ones of a build without READING_ENDPOINT).
 * @param {string} dist
 * @param {string | undefined} readingEndpoint
 */
async function writeHostHeaders(dist, readingEndpoint) {
  const policy = cspHeader(readingEndpoint);
  const embedPolicy = cspEmbedHeader(readingEndpoint);
  const headers = await readFile(new URL("./_headers.template", import.meta.url), "utf8");
  await writeFile(
    path.join(dist, "_headers"),
    put(put(headers, "{{CSP_HEADER}}", policy), "{{CSP_EMBED_HEADER}}", embedPolicy),
  );
  /** @type {[string, string, string][]} */
  const snippets = [
    ["security-headers.conf", CSP_HEADER, policy],
    ["embed-security-headers.conf", CSP_EMBED_HEADER, embedPolicy],
  ];
  for (const [file, example, written] of snippets) {
    const nginx = await readFile(new URL(`../deploy/${file}`, import.meta.url), "utf8");
    if (!nginx.includes(`"${example}"`))
      throw new Error(`deploy/${file} does not send the policy scripts/csp.mjs makes for it`);
    await writeFile(path.join(dist, file), put(nginx, example, written));
  }
}

/**
 * Writes the site's pages into `dist` from the server build in `ssrDir`, which it then removes:
 * the server build is only a tool for this step, and its copies of the images are not for serving.
 * @param {{ dist: string; ssrDir: string; site: Site; readingEndpoint?: string | undefined }} options
 */
export async function prerender({ dist, ssrDir, site, readingEndpoint }) {
  const prerenderPages = await loadPageRenderer(ssrDir);
  const clientAssets = new Set(await readdir(path.join(dist, "assets")));
  const build = nameBuild(clientAssets);
  const shell = await pageShell(dist, site, build, readingEndpoint);
  const pages = await prerenderPages(site);
  const largest = await writeRoutePages({ dist, site, shell, clientAssets, pages });
  await writeSlideOneRedirects(dist, site, pages);
  await writeSitemap(dist, site, pages);
  await writeFeeds(dist, ssrDir, site);
  await writeOembeds(dist, ssrDir, site);
  await writeOfflineFiles(dist, site, shell, build);
  await writeHostHeaders(dist, readingEndpoint);
  await rm(ssrDir, { recursive: true, force: true });
  const written = (await readdir(dist, { recursive: true })).filter((file) =>
    file.endsWith(".html"),
  );
  console.log(
    `prerendered ${written.length} pages into ${dist}/ (largest ${largest} bytes) for ${site.origin}${site.base}` +
      (readingEndpoint ? `, sending reading figures to ${readingEndpoint}` : ""),
  );
}
