// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP_HEADER, CSP_META, cspHeader, cspMeta } from "../scripts/csp.mjs";
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

/** The sources of one directive of `policy`. */
const directive = (policy: string, name: string) =>
  new RegExp(`(?:^|; )${name} ([^;]+)`).exec(policy)?.[1];

describe("the policy of a build that sends reading figures", () => {
  const endpoint = "https://figures.example.org/collect?site=stories";

  it("lets the pages connect to the endpoint's origin, and to nothing else", () => {
    expect(directive(cspMeta(endpoint), "connect-src")).toBe("'self' https://figures.example.org");
    expect(cspHeader(endpoint)).toBe(`${cspMeta(endpoint)}; frame-ancestors 'none'`);
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
