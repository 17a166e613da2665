import { cp, mkdtemp } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../engines/processes";
import { serveBuiltSite } from "./builtSite";

/** One beacon as the test server received it. */
export interface Beacon {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A server that takes reading beacons, as a site's endpoint would, and keeps them. */
export interface BeaconServer {
  endpoint: string;
  beacons: Beacon[];
  stop: () => Promise<void>;
}

/**
 * Listens on a free port of 127.0.0.1: another host than the site's localhost, as an endpoint
 * would be, so that no cookie of the site's host could reach it either.
 */
export async function startBeaconServer(): Promise<BeaconServer> {
  const port = await freePort();
  const beacons: Beacon[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/beacon")
        beacons.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${port}/beacon`,
    beacons,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A site built from the project's stories with READING_ENDPOINT set, served until `stop`. */
export interface ReadingSite {
  origin: string;
  dist: string;
  stop: () => Promise<void>;
}

/** Builds the site's own stories into `dist`, sending reading figures to `endpoint`, and serves it. */
export async function startReadingSite(dist: string, endpoint: string): Promise<ReadingSite> {
  const stories = await mkdtemp(path.join(tmpdir(), "reading-stories-"));
  await cp(path.resolve("src/stories"), stories, { recursive: true });
  const port = await freePort();
  const stop = await serveBuiltSite({
    stories,
    dist,
    port,
    settings: { READING_ENDPOINT: endpoint },
  });
  return { origin: `http://localhost:${port}`, dist, stop };
}
