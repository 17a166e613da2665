import { test as base, expect, type Page } from "@playwright/test";

/** Lines the browser prints by itself about a file that failed, which the page did not cause. */
const BROWSER_LINES = /Failed to load resource|Failed to load module script/;
/** The tests block service workers (see playwright.config.ts), and Playwright says so. */
const HARNESS_LINES = /blocked by Playwright/;

/** Which of the page's complaints count as errors. */
export interface ErrorWatch {
  /** Leave out the browser's own lines about failed files, for tests that make files fail on purpose. */
  failedFiles?: boolean;
  /** Count console warnings too. */
  warnings?: boolean;
}

/**
 * Collects the page's uncaught errors and console errors (and warnings, if asked), from now on;
 * the browser's own lines about failed files are left out when a test makes files fail on purpose.
 */
export function watchForErrors(
  page: Page,
  { failedFiles = false, warnings = false }: ErrorWatch = {},
): string[] {
  const errors: string[] = [];
  const counted = warnings ? ["error", "warning"] : ["error"];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (!counted.includes(message.type()) || HARNESS_LINES.test(message.text())) return;
    if (failedFiles && BROWSER_LINES.test(message.text())) return;
    errors.push(`console ${message.type()}: ${message.text()}`);
  });
  return errors;
}

/** Takes the errors a test expects out of `errors`, so that only the others fail it. */
export function removeExpected(errors: string[], expected: RegExp): void {
  const others = errors.filter((error) => !expected.test(error));
  errors.splice(0, errors.length, ...others);
}

/**
 * Playwright's `test` with `pageErrors`: the errors of the test's page, watched from before its
 * first address, which a test may check at any point and which fail the test if any remain at its
 * end. `test.use({ errorWatch: { failedFiles: true } })` sets what counts.
 */
export const test = base.extend<{ errorWatch: ErrorWatch; pageErrors: string[] }>({
  errorWatch: [{}, { option: true }],
  pageErrors: async ({ page, errorWatch }, provide) => {
    const errors = watchForErrors(page, errorWatch);
    await provide(errors);
    expect(errors, "errors the page logged or threw").toEqual([]);
  },
});

export { expect };
