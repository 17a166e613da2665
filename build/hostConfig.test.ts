// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CSP_EMBED_HEADER,
  CSP_HEADER,
  CSP_META,
  cspEmbedHeader,
  cspHeader,
  cspMeta,
} from "../scripts/csp.mjs";
import { readingEndpointFromEnv } from "../scripts/site.mjs";

describe("the Content-Security-Policy", () => {
  it("allows scripts from the site only: no inline script, no eval, no other origin", () => {
    const scripts = /script-src ([^;]+)/.exec(CSP_META)?.[1];
    expect(scripts).toBe("'self'");
    expect(CSP_META).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(/default-src ([^;]+)/.exec(CSP_META)?.[1]).toBe("'self'");
  });

  it("leaves frame-ancestors to headers, where browsers honour it", () => {
    expect(CSP_META).not.toContain("frame-ancestors");
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it("is the one the host examples send", () => {
    expect(readFileSync("deploy/security-headers.conf", "utf8")).toContain(`"${CSP_HEADER}"`);
    expect(readFileSync("scripts/_headers.template", "utf8")).toContain(
      "Content-Security-Policy: {{CSP_HEADER}}",
    );
  });
});

/** The headers a _headers file gives one path: the indented lines under it. */
function headersFor(file: string, route: string): string[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.indexOf(route);
  if (start < 0) return [];
  const block = lines.slice(start + 1);
  const end = block.findIndex((line) => !/^\s+\S/.test(line));
  return block.slice(0, end < 0 ? undefined : end).map((line) => line.trim());
}

/** The body of one exact-match location of deploy/nginx.conf. */
function nginxLocation(route: string): string {
  const conf = readFileSync("deploy/nginx.conf", "utf8");
  // A location's own closing brace is the first one at its indentation.
  const start = conf.indexOf(`location = ${route} {`);
  return start < 0 ? "" : conf.slice(start, conf.indexOf("\n  }", start));
}

/** The body of one prefix location of deploy/nginx.conf. */
function nginxPrefixLocation(route: string): string {
  const conf = readFileSync("deploy/nginx.conf", "utf8");
  const start = conf.indexOf(`location ${route} {`);
  return start < 0 ? "" : conf.slice(start, conf.indexOf("\n  }", start));
}

describe("framing in the host examples", () => {
  it("lets any site frame an embed, and nothing else", () => {
    expect(CSP_EMBED_HEADER).toBe(`${CSP_META}; frame-ancestors *`);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it("gives /embed/ its own policy in _headers, detaching the site's", () => {
    expect(headersFor("scripts/_headers.template", "/embed/*")).toEqual([
      "! Content-Security-Policy",
      "Content-Security-Policy: {{CSP_EMBED_HEADER}}",
    ]);
    expect(headersFor("scripts/_headers.template", "/*")).toContain(
      "Content-Security-Policy: {{CSP_HEADER}}",
    );
  });

  it("gives /embed/ its own snippet in nginx, and every other location the site's", () => {
    expect(readFileSync("deploy/embed-security-headers.conf", "utf8")).toContain(
      `"${CSP_EMBED_HEADER}"`,
    );
    const embed = nginxPrefixLocation("/embed/");
    expect(embed).toContain("include snippets/embed-security-headers.conf;");
    expect(embed).not.toContain("include snippets/security-headers.conf;");
    const conf = readFileSync("deploy/nginx.conf", "utf8");
    const others = conf.replace(embed, "");
    expect(others).not.toContain("embed-security-headers.conf;");
    expect(others.match(/include snippets\/security-headers\.conf;/g)?.length).toBeGreaterThan(5);
  });

  it("lets any origin read the oEmbed documents", () => {
    expect(headersFor("scripts/_headers.template", "/oembed/*")).toContain(
      "Access-Control-Allow-Origin: *",
    );
    expect(nginxPrefixLocation("/oembed/")).toContain('Access-Control-Allow-Origin "*"');
  });
});

describe("the feeds in the host examples", () => {
  it.each([
    ["/feed.xml", "application/atom+xml"],
    ["/feed.json", "application/feed+json"],
  ])("serve %s as %s, checked on every fetch like the pages", (route, type) => {
    expect(headersFor("scripts/_headers.template", route)).toEqual([
      `Content-Type: ${type}; charset=utf-8`,
      "Cache-Control: public, max-age=0, must-revalidate",
    ]);
    const location = nginxLocation(route);
    expect(location).toContain(`default_type "${type}; charset=utf-8";`);
    // Without an empty types block, the file's extension would pick its type from mime.types.
    expect(location).toContain("types { }");
    expect(location).toContain('add_header Cache-Control "public, max-age=0, must-revalidate"');
    expect(location).toContain("include snippets/security-headers.conf;");
    expect(readFileSync("deploy/nginx.conf", "utf8")).toMatch(
      new RegExp(`gzip_types[^;]*${type.replace("+", "\\+")}`),
    );
  });
});

/** The sources of one directive of `policy`. */
const directive = (policy: string, name: string) =>
  new RegExp(`(?:^|; )${name} ([^;]+)`).exec(policy)?.[1];

describe("the policy of a build that sends reading figures", () => {
  const endpoint = "https://figures.example.org/collect?site=stories";

  it("lets the pages connect to the endpoint's origin, and to nothing else", () => {
    expect(directive(cspMeta(endpoint), "connect-src")).toBe("'self' https://figures.example.org");
    expect(cspHeader(endpoint)).toBe(`${cspMeta(endpoint)}; frame-ancestors 'none'`);
    expect(cspEmbedHeader(endpoint)).toBe(`${cspMeta(endpoint)}; frame-ancestors *`);
  });

  it("changes nothing but connect-src", () => {
    const without = (policy: string) => policy.replace(/connect-src [^;]+/, "");
    expect(without(cspMeta(endpoint))).toBe(without(CSP_META));
    expect(without(cspHeader(endpoint))).toBe(without(CSP_HEADER));
  });

  it("is the one of a build without an endpoint when there is none", () => {
    expect(cspMeta(undefined)).toBe(CSP_META);
    expect(directive(CSP_META, "connect-src")).toBe("'self'");
  });
});

describe("READING_ENDPOINT", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["  ", undefined],
    ["https://figures.example.org/collect", "https://figures.example.org/collect"],
    ["http://localhost:4190/beacon", "http://localhost:4190/beacon"],
    ["http://127.0.0.1:9/", "http://127.0.0.1:9/"],
  ])("%j sends to %j", (raw, endpoint) => {
    expect(readingEndpointFromEnv({ READING_ENDPOINT: raw })).toBe(endpoint);
  });

  it.each([
    ["figures.example.org/collect", "is not an absolute address"],
    ["http://figures.example.org/collect", "must be https"],
    ["ftp://figures.example.org/", "must be https"],
    ["https://user:secret@figures.example.org/", "user name or password"],
    ["https://figures.example.org/#x", "fragment"],
  ])("refuses %s: it %s", (raw, why) => {
    expect(() => readingEndpointFromEnv({ READING_ENDPOINT: raw })).toThrow(why);
  });
});
