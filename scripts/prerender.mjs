// Writes a real HTML page for every route into dist/ (OUT_DIR), from the server build beside it (SSR_DIR):
// the route's markup inside #root, its <head> tags, and the stylesheet inlined.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CSP_HEADER, CSP_META } from "./csp.mjs";
import { writeServiceWorker } from "./serviceWorker.mjs";
import { siteFromEnv } from "./site.mjs";

const DIST = process.env.OUT_DIR ?? "dist";
// The server bundle of this build (scripts/buildSite.mjs puts it beside the site's folder).
const SSR_DIR = process.env.SSR_DIR ?? `${DIST}-ssr`;
const site = siteFromEnv();
const { prerenderPages } = await import(
  pathToFileURL(path.resolve(SSR_DIR, "entry-server.js")).href
);

const template = await readFile(path.join(DIST, "index.html"), "utf8");

// The stylesheet is small: inlining it saves the round trip that would hold up the first paint.
const stylesheet = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(template);
if (!stylesheet?.[1]) throw new Error("dist/index.html links no stylesheet");
const cssFile = path.join(DIST, stylesheet[1].slice(site.base.length));
const css = (await readFile(cssFile, "utf8")).replace(/<\/style/gi, "<\\/style");
// Every insertion goes through a function: a replacement string would read "$&", "$'" and "$1"
// in story text as patterns, and put pieces of the page in their place.
const put = (html, marker, content) => html.replace(marker, () => content);

// The build's name: every file it wrote is named by its content, so their names name the build. A
// page carries the name of the build it belongs to, and version.json names the build now served;
// a reader whose files have gone compares the two (src/deploy).
const clientAssets = new Set(await readdir(path.join(DIST, "assets")));
const build = createHash("sha256")
  .update([...clientAssets].sort().join("\n"))
  .digest("hex")
  .slice(0, 16);
const shell = put(
  put(
    put(template, "<html ", `<html data-build="${build}" `),
    stylesheet[0],
    `<style>${css}</style>`,
  ),
  '<meta charset="UTF-8" />',
  `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
);

function fileFor(route) {
  if (route === "/404") return path.join(DIST, "404.html");
  return path.join(DIST, route, "index.html");
}

// The server build names its assets by itself; a page that points at a file the client build did
// not write would show a broken photo, so the build stops instead.
const assetPrefix = `${site.base}assets/`;
function checkAssets(route, html) {
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

const pages = await prerenderPages(site);
let largest = 0;
for (const page of pages) {
  const rootAttributes =
    page.path === "/404" ? "" : ` data-path="${site.base.replace(/\/$/, "")}${page.path}"`;
  const html = put(
    put(shell, "<!--app-head-->", page.head),
    '<div id="root"><!--app-html--></div>',
    `<div id="root"${rootAttributes}>${page.html}</div>`,
  );
  checkAssets(page.path, html);
  const file = fileFor(page.path);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, html);
  largest = Math.max(largest, html.length);
}

// Slide 1's address is the story's own; /story/1 sends there, with or without JavaScript.
const storyPages = pages.filter((page) => /^\/[^/]+$/.test(page.path) && page.path !== "/404");
for (const page of storyPages) {
  const target = `${site.base.replace(/\/$/, "")}${page.path}`;
  const file = path.join(DIST, page.path, "1", "index.html");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Redirecting</title>` +
      `<link rel="canonical" href="${site.origin}${target}"><meta http-equiv="refresh" content="0; url=${target}">` +
      `</head><body><a href="${target}">Continue to the story</a></body></html>`,
  );
}

// Search engines: every story and slide, once each, at its one address.
const pageUrl = (route) => new URL(`${site.base.replace(/\/$/, "")}${route}`, site.origin).href;
const listed = pages.filter((page) => page.path !== "/404");
await writeFile(
  path.join(DIST, "sitemap.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    listed.map((page) => `  <url><loc>${pageUrl(page.path)}</loc></url>\n`).join("") +
    `</urlset>\n`,
);
await writeFile(
  path.join(DIST, "robots.txt"),
  `User-agent: *\nAllow: /\n\nSitemap: ${pageUrl("/sitemap.xml")}\n`,
);

// The page a reader offline gets for an address not yet visited: the app, without content, which
// then renders the address itself.
await writeFile(
  path.join(DIST, "shell.html"),
  put(put(shell, "<!--app-head-->", "<title>Photo stories</title>"), "<!--app-html-->", ""),
);
await writeFile(path.join(DIST, "version.json"), `${JSON.stringify({ build })}\n`);
await writeServiceWorker(DIST, site.base, build);

// Headers for hosts that read a _headers file (Netlify, Cloudflare Pages), with the same policy.
const headers = await readFile(new URL("./_headers.template", import.meta.url), "utf8");
await writeFile(path.join(DIST, "_headers"), put(headers, "{{CSP_HEADER}}", CSP_HEADER));

// The server build is only a tool for this step; its copies of the images are not for serving.
await rm(SSR_DIR, { recursive: true, force: true });
const written = (await readdir(DIST, { recursive: true })).filter((file) => file.endsWith(".html"));
console.log(
  `prerendered ${written.length} pages into ${DIST}/ (largest ${largest} bytes) for ${site.origin}${site.base}`,
);
