// npm run bench [-- --check] [-- --ci] [-- --runs N] [-- --no-scale]
// Builds the site, serves it, measures it in Chromium, prints a table, writes reports/bench/*.json,
// and with --check exits non-zero naming every budget missed. --ci gates only the budgets that do
// not depend on the machine's speed, runs Lighthouse once (mobile), and reports the timing ones;
// it measures the dist/ the test run just built instead of building the Hanoi story again, and
// skips the 500-slide build that only the build-growth ratios need.
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { SLIDE_TRANSITION } from "../../src/reader/slideMotion.ts";
import { firstViewBytes } from "../firstViewBytes.mjs";
import { readFlags } from "../flags.mjs";
import { startPreview } from "../preview.mjs";
import { timedBuild } from "./build.mjs";
import { budgets } from "./budgets.mjs";
import { siteBytes } from "./bytes.mjs";
import { embedPath } from "../../src/embed/embedPath.ts";
import { lighthouseMedian } from "./lighthouse.mjs";
import { makeStoriesFolder } from "./longStory.mjs";
import { navigation } from "./navigation.mjs";
import { openPages } from "./pageMetrics.mjs";

const flags = readFlags(
  {
    check: { type: "boolean", default: false },
    ci: { type: "boolean", default: false },
    runs: { type: "string" },
    "no-scale": { type: "boolean", default: false },
  },
  "npm run bench [-- --check] [-- --ci] [-- --runs N] [-- --no-scale]",
);
const ci = flags.ci === true;
const check = flags.check === true || ci;
const runs = flags.runs === undefined ? (ci ? 1 : 5) : Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, not "${flags.runs}"`);
  process.exit(2);
}
const scale = flags["no-scale"] !== true;
/**
 * The routes Lighthouse measures; the first is also weighed for its images.
 * @type {[string, ...string[]]}
 */
const ROUTES = ["/hanoi-summit", "/hanoi-summit/5"];
const SLIDES = 7;
const LONG = 1000;
/** The photo's entrance, as the reader animates it. */
const ENTRANCE_MS = SLIDE_TRANSITION.photo.duration * 1000;

/** @typedef {import("./build.mjs").BuildFigures} BuildFigures */
/** @typedef {import("./pageMetrics.mjs").PageFigures} PageFigures */
/** @typedef {import("./lighthouse.mjs").LighthouseFigures} LighthouseFigures */

/**
 * The 1,000-slide story's figures over the 7-slide story's, and when this run built all three
 * (not with --ci), how the build's output and time grew from 500 slides to 1,000.
 * @typedef {object} ScaleRatios
 * @property {number} firstShown
 * @property {number} lastShown
 * @property {number} firstNodes
 * @property {number} lastNodes
 * @property {number} firstHeap
 * @property {number} lastHeap
 * @property {number} [outputGrowth]
 * @property {number} [timeGrowth]
 */

/**
 * What a run measured, as written to reports/bench/*.json. It is filled in step by step, so each
 * part is there once its step has run: `build` only when this run built the Hanoi story (not
 * with --ci), `seven` and `scale` unless --no-scale, `budgets` last.
 * @typedef {object} BenchResult
 * @property {string} date
 * @property {number} runs
 * @property {BuildFigures} [build]
 * @property {import("./bytes.mjs").SiteBytes} [bytes]
 * @property {import("./bytes.mjs").SiteBytes} [embedBytes] the same, over the embed pages alone
 * @property {{
 *   mobile: Record<string, LighthouseFigures>;
 *   desktop: Record<string, LighthouseFigures>;
 * }} [lighthouse] by route
 * @property {{ phone: number; desktop: number }} [images] image bytes of a first view
 * @property {import("./navigation.mjs").NavigationFigures & { transitionMs: number }} [navigation]
 * @property {{ first: PageFigures; last: PageFigures }} [seven] the 7-slide story's pages
 * @property {{
 *   long: { first: PageFigures; last: PageFigures };
 *   builds: {
 *     seven: BuildFigures | undefined;
 *     half: BuildFigures | undefined;
 *     full: BuildFigures;
 *   };
 *   ratios: ScaleRatios;
 * }} [scale]
 * @property {import("./budgets.mjs").Budget[]} [budgets]
 */

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);
/** @type {BenchResult} */
const result = { date: new Date().toISOString(), runs };

/**
 * @template T
 * @param {string} outDir
 * @param {number} port
 * @param {(url: string) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withPreview(outDir, port, work) {
  const preview = await startPreview(port, outDir);
  try {
    return await work(preview.url);
  } finally {
    preview.stop();
  }
}

// In CI, the tests have just built dist/ for http://localhost:4173 from the repo's stories.
const SEVEN = ci ? { dir: "dist", port: 4173 } : { dir: "dist-bench", port: 4184 };
const base = ci ? undefined : await makeStoriesFolder(0);
if (!base) {
  if (!existsSync("dist/hanoi-summit/index.html"))
    throw new Error("--ci measures dist/: run npm run build first");
  log("measuring the build in dist/");
} else {
  log("building the site with the Hanoi story");
  result.build = await timedBuild("dist-bench", {
    STORIES_DIR: base.root,
    SITE_ORIGIN: "http://localhost:4184",
  });
}
result.bytes = await siteBytes(SEVEN.dir, [
  "/",
  ...Array.from({ length: SLIDES }, (_, i) => (i ? `/hanoi-summit/${i + 1}` : "/hanoi-summit")),
]);
// Embeds load in other sites' pages, often several to a page: they get their own line.
result.embedBytes = await siteBytes(
  SEVEN.dir,
  Array.from({ length: SLIDES }, (_, i) => embedPath("hanoi-summit", i + 1)),
);

await withPreview(SEVEN.dir, SEVEN.port, async (url) => {
  result.lighthouse = { mobile: {}, desktop: {} };
  for (const route of ROUTES) {
    log(`Lighthouse mobile ${route} x${runs}`);
    result.lighthouse.mobile[route] = await lighthouseMedian(url + route, "mobile", runs);
    if (!ci) {
      log(`Lighthouse desktop ${route} x${runs}`);
      result.lighthouse.desktop[route] = await lighthouseMedian(url + route, "desktop", runs);
    }
  }
  log("image bytes of a first view");
  result.images = {
    phone: (await firstViewBytes(url, ROUTES[0], "phone")).image,
    desktop: (await firstViewBytes(url, ROUTES[0], "desktop")).image,
  };
  log("key press to photo, long animation frames");
  result.navigation = {
    ...(await navigation(url, "hanoi-summit", SLIDES)),
    transitionMs: ENTRANCE_MS,
  };
});

if (scale) {
  const half = ci ? undefined : await makeStoriesFolder(LONG / 2);
  const full = await makeStoriesFolder(LONG);
  let halfBuild;
  if (half) {
    log(`building with a story of ${LONG / 2} slides`);
    halfBuild = await timedBuild("dist-bench-half", { STORIES_DIR: half.root });
  }
  log(`building with a story of ${LONG} slides`);
  const fullBuild = await timedBuild("dist-bench-long", {
    STORIES_DIR: full.root,
    SITE_ORIGIN: "http://localhost:4185",
  });
  // Both stories are served at once and their pages opened in turn, so that every ratio compares
  // openings made under the same conditions.
  log("opening the first and last slide of both stories, in turn");
  const [sevenFirst, sevenLast, longFirst, longLast] = await withPreview(
    SEVEN.dir,
    SEVEN.port,
    (sevenUrl) =>
      withPreview("dist-bench-long", 4185, (longUrl) =>
        openPages([
          `${sevenUrl}/hanoi-summit`,
          `${sevenUrl}/hanoi-summit/${SLIDES}`,
          `${longUrl}/long-story`,
          `${longUrl}/long-story/${LONG}`,
        ]),
      ),
  );
  if (!sevenFirst || !sevenLast || !longFirst || !longLast)
    throw new Error("bench: opening four pages gave fewer than four sets of figures");
  result.seven = { first: sevenFirst, last: sevenLast };
  const long = { first: longFirst, last: longLast };
  /**
   * @param {number} a
   * @param {number} b
   */
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  result.scale = {
    long,
    builds: { seven: result.build, half: halfBuild, full: fullBuild },
    ratios: {
      firstShown: ratio(long.first.shownMs, result.seven.first.shownMs),
      lastShown: ratio(long.last.shownMs, result.seven.last.shownMs),
      firstNodes: ratio(long.first.nodes, result.seven.first.nodes),
      lastNodes: ratio(long.last.nodes, result.seven.last.nodes),
      firstHeap: ratio(long.first.heap, result.seven.first.heap),
      lastHeap: ratio(long.last.heap, result.seven.last.heap),
      ...(halfBuild && result.build
        ? {
            outputGrowth: ratio(
              fullBuild.bytes - result.build.bytes,
              halfBuild.bytes - result.build.bytes,
            ),
            timeGrowth: ratio(
              fullBuild.seconds - result.build.seconds,
              halfBuild.seconds - result.build.seconds,
            ),
          }
        : {}),
    },
  };
  await Promise.all(
    [half, full, base].map((folder) => folder && rm(folder.root, { recursive: true, force: true })),
  );
  await rm("dist-bench-half", { recursive: true, force: true });
  await rm("dist-bench-long", { recursive: true, force: true });
}

const checked = budgets(result);
result.budgets = checked;
await mkdir("reports/bench", { recursive: true });
await writeFile("reports/bench/latest.json", JSON.stringify(result, null, 2));
await writeFile(
  `reports/bench/${result.date.replace(/[:.]/g, "-")}.json`,
  JSON.stringify(result, null, 2),
);

/** @param {number | undefined} value */
const round = (value) => (typeof value === "number" ? Math.round(value * 100) / 100 : value);
console.table(
  checked.map(({ name, value, limit, kind, timing, met }) => ({
    budget: name,
    value: round(value),
    limit: `${kind === "min" ? "≥" : "≤"} ${round(limit)}`,
    met: met ? "yes" : "NO",
    gate: ci && timing ? "reported" : "gates",
  })),
);
if (result.scale) console.table(result.scale.ratios);

const missed = checked.filter((budget) => !budget.met && !(ci && budget.timing));
if (check && missed.length) {
  console.error(
    `Budgets missed:\n${missed.map((budget) => `- ${budget.name}: ${round(budget.value)} (limit ${round(budget.limit)})`).join("\n")}`,
  );
  process.exit(1);
}
