import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Where the probe is served, on the site's own origin, so the pages' CSP (script-src 'self') lets it run. */
const PROBE_PATH = "/__engine-error-probe.js";

/**
 * Runs before any other script of a page and keeps what would be an error in its console:
 * uncaught errors, unhandled rejections and console.error calls, for the test to read from
 * `window.__engineErrors`.
 */
function installErrorProbe(): void {
  const errors: string[] = [];
  Object.defineProperty(window, "__engineErrors", { value: errors });
  window.addEventListener("error", (event) => errors.push(`uncaught: ${event.message}`));
  window.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console: ${args.map(String).join(" ")}`);
    consoleError(...args);
  };
}

/** Reads and empties the probe's list in the page; a site page without the probe is an error too. */
export function takeProbedErrors(): string[] {
  const list = (window as unknown as { __engineErrors?: string[] }).__engineErrors;
  if (list) return list.splice(0);
  const sitePage = location.protocol === "http:" && document.contentType === "text/html";
  return sitePage ? [`${location.pathname} ran without the error probe`] : [];
}

/** Drops the headers that no longer hold once a body is rewritten or re-sent whole. */
function forwardedHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name))
      kept[name] = value;
  });
  return kept;
}

async function answer(upstream: string, request: IncomingMessage, response: ServerResponse) {
  const path = request.url ?? "/";
  if (path === PROBE_PATH) {
    response.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-store" });
    response.end(`(${installErrorProbe.toString()})();`);
    return;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string" && !["host", "accept-encoding", "connection"].includes(name))
      headers[name] = value;
  }
  const reply = await fetch(`${upstream}${path}`, {
    method: request.method ?? "GET",
    headers,
    redirect: "manual",
  });
  const type = reply.headers.get("content-type") ?? "";
  let body = Buffer.from(await reply.arrayBuffer());
  if (type.startsWith("text/html")) {
    const html = body.toString("utf8");
    const head = /<head[^>]*>/i.exec(html);
    if (head) {
      const at = head.index + head[0].length;
      body = Buffer.from(
        `${html.slice(0, at)}<script src="${PROBE_PATH}"></script>${html.slice(at)}`,
      );
    }
  }
  response.writeHead(reply.status, forwardedHeaders(reply.headers));
  response.end(body);
}

/**
 * Serves the site as `upstream` does, with the error probe as the first script of every page: for
 * an engine whose driver cannot run a script before a page's own (WebDriver classic has no preload
 * script), this is how a page's errors from its very first script on are seen.
 */
export async function serveWithErrorProbe(
  upstream: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    answer(upstream, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
