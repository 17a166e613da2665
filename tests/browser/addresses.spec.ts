import { expect, test } from "@playwright/test";
import { ADDRESS_CASES } from "../addressCases";
import { expectCurrentSlideToBe, SERVED_ORIGIN } from "./reader";

// The origin the pages are served from, whatever port the preview server was given.
const ORIGIN = SERVED_ORIGIN;

test.describe("the address rule, against the built site", () => {
  for (const { path, slide, address, list } of ADDRESS_CASES) {
    test(path, async ({ page }) => {
      // Joined as text: "//hanoi-summit/4" is a path here, not a host name.
      await page.goto(`${ORIGIN}${path}`);
      if (list) {
        await expect(page.getByRole("heading", { level: 1, name: "Photo stories" })).toBeVisible();
      } else if (slide) {
        await expectCurrentSlideToBe(page, slide);
      } else {
        await expect(
          page.getByRole("heading", { name: "This page is not part of any story" }),
        ).toBeVisible();
        await expect(page.getByRole("link", { name: /Start reading/ })).toBeVisible();
      }
      if (address) await expect(page).toHaveURL(`${ORIGIN}${address}`);
    });
  }
});
