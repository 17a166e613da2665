// Runs every check and test in order, then prints one line that sums the tests: "N passed, N failed".
// A failing step does not hide the steps after it, so one run shows everything that is wrong.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

// This run's own result files, so that no other run of either tool can be counted instead.
const VITEST_REPORT = "reports/all-tests-vitest.json";
const PLAYWRIGHT_REPORT = "reports/all-tests-playwright.json";
const ENGINES_REPORT = "reports/all-tests-engines.json";

/** @type {[name: string, npmArgs: string[]][]} */
const STEPS = [
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit and component tests", ["run", "test:unit", "--", `--outputFile.json=${VITEST_REPORT}`]],
  ["production build", ["run", "build"]],
  ["browser tests", ["run", "test:browser"]],
  ["engine tests", ["run", "test:engines", "--", `--outputFile.json=${ENGINES_REPORT}`]],
];

rmSync(VITEST_REPORT, { force: true });
rmSync(PLAYWRIGHT_REPORT, { force: true });
rmSync(ENGINES_REPORT, { force: true });
process.env.PLAYWRIGHT_REPORT = PLAYWRIGHT_REPORT;

/** @type {string[]} */
const failedSteps = [];
for (const [name, args] of STEPS) {
  console.log(`\n=== ${name}: npm ${args.join(" ")}`);
  const { status } = spawnSync("npm", args, { stdio: "inherit" });
  if (status !== 0) {
    failedSteps.push(name);
    // Browser tests need the build; without it they would only repeat its failure.
    if (name === "production build") break;
  }
}

/** @param {string} file */
function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

const vitest = readJson(VITEST_REPORT);
const playwright = readJson(PLAYWRIGHT_REPORT);
const engines = readJson(ENGINES_REPORT);
const passed =
  (vitest?.numPassedTests ?? 0) +
  (playwright?.stats?.expected ?? 0) +
  (engines?.numPassedTests ?? 0);
const failed =
  (vitest?.numFailedTests ?? 0) +
  (playwright?.stats?.unexpected ?? 0) +
  (playwright?.stats?.flaky ?? 0) +
  (engines?.numFailedTests ?? 0);

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
