import type { Page } from "@playwright/test";

/** Lines the browser prints by itself about a file that failed, which the page did not cause. */
const BROWSER_LINES = /Failed to load resource|Failed to load module script/;

/**
 * Collects the page's uncaught errors and console errors, from now on; the browser's own lines
 * about failed files are left out when a test makes files fail on purpose.
 */
export function watchForErrors(page: Page, { failedFiles = false } = {}): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (failedFiles && BROWSER_LINES.test(message.text())) return;
    errors.push(`console: ${message.text()}`);
  });
  return errors;
}
