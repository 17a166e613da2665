// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP_HEADER, CSP_META } from "../scripts/csp.mjs";

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
