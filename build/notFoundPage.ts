import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Makes `vite preview` serve each prerendered page at its address, and answer an address the build did not write with dist/404.html and status
 * 404, as the example host configs do, instead of a page that says "found".
 */
export function notFoundPage(): Plugin {
  return {
    name: "photo-story:not-found-page",
    configurePreviewServer(server) {
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use(async (request, response, next) => {
        if (request.method !== "GET" && request.method !== "HEAD") return next();
        // Joined as text, so that "//story/4" stays a path rather than becoming a host name.
        const raw = new URL(`http://localhost${request.url ?? "/"}`).pathname;
        let pathname: string;
        try {
          pathname = decodeURIComponent(raw);
        } catch {
          pathname = raw;
        }
        const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
        const file = inside === undefined ? undefined : path.join(dist, inside);
        if (file !== undefined && file.startsWith(dist)) {
          if (await isFile(file)) return next();
          // A folder's page answers its address without the trailing slash, as static hosts do.
          if (await isFile(path.join(file, "index.html"))) {
            request.url = `${pathname.replace(/\/$/, "")}/index.html`;
            return next();
          }
        }
        const page = await readFile(path.join(dist, "404.html")).catch(() => undefined);
        if (!page) return next();
        response.statusCode = 404;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(request.method === "HEAD" ? undefined : page);
      });
    },
  };
}
