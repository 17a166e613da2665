import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

// Every page of the build passes the Nu HTML Checker (the W3C's validator, npm's vnu-jar, which
// runs on Java), as a reader is sent it: from the site's own origin, so that the checker reads the
// pages' Content-Security-Policy as a browser does. Run once, on the desktop.

const DIST = "dist";
/** The checker's jar: the package's main export is its path. */
const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

interface Finding {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Findings that are the checker's and not the page's, each with the reason. Only these exact
 * messages, on the markup named, are left out.
 */
const CHECKER_LIMITS: { message: string; on: string; why: string }[] = [
  {
    message:
      "A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.",
    on: 'rel="expect"',
    why: "HTML allows blocking=render on <link rel=expect>, which holds the first paint until the page is parsed; the checker predates it",
  },
  {
    message:
      "Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).",
    on: 'type="application/ld+json"',
    why: "JSON-LD is a data block, which is never run, so script-src does not govern it",
  },
  {
    message:
      "Consider using the “h1” element as a top-level heading only — or else use the “headingoffset” attribute (otherwise, all “h1” elements are treated as top-level headings by many screen readers and other tools).",
    on: "<h1",
    why: "the story's headline is the page's one h1 and its top-level heading; it sits in the cover's section because the cover is slide 1",
  },
];

/** Every HTML file of the build, as addresses on the site. */
function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file}`)
    .sort();
}

async function check(urls: readonly string[]): Promise<Finding[]> {
  const { stderr } = await promisify(execFile)(
    "java",
    [
      // The checker refuses local addresses unless told that they are meant.
      "-Dnu.validator.servlet.allow-forbidden-hosts=true",
      // Limits, not waits: a busy machine's preview server took longer than the checker's 5 s
      // default to answer, and the check failed on a timeout instead of the page.
      "-Dnu.validator.servlet.connection-timeout=60000",
      "-Dnu.validator.servlet.socket-timeout=60000",
      "-jar",
      VNU_JAR,
      "--format",
      "json",
      // The findings are the test's to report, not an exit status.
      "--exit-zero-always",
      ...urls,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return (JSON.parse(stderr) as { messages: Finding[] }).messages;
}

/** Errors and warnings; a plain note (such as on the slash React writes after void elements) is not one. */
function counts(finding: Finding): boolean {
  if (finding.type === "info" && finding.subType !== "warning") return false;
  return !CHECKER_LIMITS.some(
    (limit) => finding.message === limit.message && (finding.extract ?? "").includes(limit.on),
  );
}

test.describe("the built pages @build", () => {
  test("every HTML file passes the Nu HTML Checker", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const pages = htmlPages();
    // The story list, the not-found page, the shell, and the pages of every slide.
    for (const page of ["/index.html", "/404.html", "/shell.html", "/hanoi-summit/index.html"])
      expect(pages).toContain(page);
    const findings = await check(pages.map((page) => `${baseURL}${page}`));
    test.info().annotations.push({ type: "pages checked", description: String(pages.length) });
    console.log(`Nu HTML Checker: ${pages.length} pages, ${findings.length} messages`);
    expect(
      findings
        .filter(counts)
        .map(
          ({ subType, type, url, lastLine, message }) =>
            `${new URL(url).pathname}:${lastLine ?? "?"}: ${subType ?? type}: ${message}`,
        ),
    ).toEqual([]);
  });
});
