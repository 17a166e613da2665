// @vitest-environment node
// Runs the real Vite build (and the dev server) on story folders, as an author would meet them:
// each folder in tests/fixtures/bad-stories/ must fail with exactly the lines of its expected.txt,
// and tests/fixtures/good-story/ must build, with every variant of its photo.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { build, createServer, type Rolldown } from "vite";
import { afterEach, describe, expect, it } from "vitest";

const configFile = path.resolve("vite.config.ts");
const BAD_STORIES = path.resolve("tests/fixtures/bad-stories");
const GOOD_STORY = path.resolve("tests/fixtures/good-story");
const HEADER = "Bad story file:";
/** Each build takes a few seconds; the whole app is bundled, as in `npm run build`. */
const TIMEOUT = 120_000;

const cases = readdirSync(BAD_STORIES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(
    temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })),
  );
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bad-stories-"));
  temporary.push(dir);
  return dir;
}

/** Runs `run` with STORIES_DIR set to `storiesDir` (vite.config.ts reads it when loaded). */
async function withStoriesDir<T>(storiesDir: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.STORIES_DIR;
  process.env.STORIES_DIR = storiesDir;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.STORIES_DIR;
    else process.env.STORIES_DIR = before;
  }
}

/** The production build of the app, in memory, reading its stories from `storiesDir`. */
async function buildWith(storiesDir: string) {
  const outDir = await freshDir();
  return withStoriesDir(storiesDir, () =>
    build({ configFile, logLevel: "silent", build: { outDir, write: false } }),
  );
}

/** What a call rejected with; fails the test if it did not reject. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, "expected the stories to be refused").toBeInstanceOf(Error);
  return outcome as Error;
}

/**
 * The problem lines after "Bad story file:", sorted. The build's message goes on with a stack
 * (indented lines); the lines of the list are the ones before it.
 */
function problemLines(message: string): string[] {
  const lines = message.split("\n");
  const header = lines.findIndex((line) => line.trim().endsWith(HEADER));
  expect(header, `no "${HEADER}" in:\n${message}`).toBeGreaterThanOrEqual(0);
  const after = lines.slice(header + 1);
  const end = after.findIndex((line) => line.trim() === "" || /^\s/.test(line));
  return (end === -1 ? after : after.slice(0, end)).sort();
}

async function expectedLines(name: string): Promise<string[]> {
  const text = await readFile(path.join(BAD_STORIES, name, "expected.txt"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .sort();
}

describe("bad story folders", { timeout: TIMEOUT }, () => {
  it("finds the cases", () => {
    expect(cases).toEqual(
      expect.arrayContaining(["invalid-json", "missing-alt", "several-problems", "wrong-types"]),
    );
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)("the build refuses %s, listing exactly its problems", async (name) => {
    const expected = await expectedLines(name);
    expect(expected.length, `${name}/expected.txt lists no problem`).toBeGreaterThan(0);
    const error = await rejection(buildWith(path.join(BAD_STORIES, name)));
    expect(error.message).toContain(HEADER);
    expect(problemLines(error.message)).toEqual(expected);
  });
});

describe("the dev server", { timeout: TIMEOUT }, () => {
  it("refuses a bad story with the same lines, for the error overlay", async () => {
    const name = "several-problems";
    const cacheDir = await freshDir();
    const server = await withStoriesDir(path.join(BAD_STORIES, name), () =>
      // Its own cache and no HMR socket, to stay off the files and port of a developer's own dev
      // server. Without discovery, createServer finishes pre-bundling before it returns, so
      // nothing writes to the cache after close.
      createServer({
        configFile,
        logLevel: "silent",
        cacheDir,
        optimizeDeps: { noDiscovery: true },
        server: { middlewareMode: true, ws: false },
      }),
    );
    try {
      const error = await rejection(server.ssrLoadModule("virtual:stories"));
      expect(error.message).toContain(HEADER);
      expect(problemLines(error.message)).toEqual(await expectedLines(name));
    } finally {
      await server.close();
    }
  });
});

describe("a good story folder", { timeout: TIMEOUT }, () => {
  it("builds, with AVIF, WebP and JPEG variants of its photo", async () => {
    const result = await buildWith(GOOD_STORY);
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const assets = outputs
      .flatMap((output) => output.output)
      .filter((file): file is Rolldown.OutputAsset => file.type === "asset");
    // The landscape variants are named after photo.jpg; the portrait crop's are "photo-portrait-…".
    const variants = assets.filter((asset) =>
      /(^|\/)photo-(?!portrait)[^/]*$/.test(asset.fileName),
    );
    const found = await Promise.all(
      variants.map(async (asset) => {
        const { format, width } = await sharp(Buffer.from(asset.source)).metadata();
        return `${path.extname(asset.fileName)} ${format} ${width}`;
      }),
    );
    // 640 px wide: one width that fits (480), in each format. The JPEG is asked for as "jpeg", the
    // name vite-imagetools also gives it when it reads it back from its cache.
    for (const variant of [/^\.avif heif 480$/, /^\.webp webp 480$/, /^\.jpeg jpeg 480$/])
      expect(found).toContainEqual(expect.stringMatching(variant));
    // The story's own data went into the app's code.
    const code = outputs
      .flatMap((output) => output.output)
      .flatMap((file) => (file.type === "chunk" ? [file.code] : []))
      .join("\n");
    expect(code).toContain("good-story");
    expect(code).toContain("Talks go on tomorrow.");
  });
});
