import { expect, test } from "./pageErrors";
import {
  ENDING,
  HEADLINE,
  SLIDE_COUNT,
  STORY,
  expectCurrentSlideToBe,
  expectEndingShown,
  scrollBySlides,
  slideUrl,
} from "./reader";

const ending = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: "The end" });

test.describe("the ending after the last slide", () => {
  test("End reaches it from the first slide, and Back leaves the story as from a slide", async ({
    page,
    pageErrors,
  }) => {
    await page.goto("/");
    await page.goto(STORY);
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("End");
    await expectEndingShown(page);
    // The ending is a stop like a slide: moving there replaced the entry, so Back leaves.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goForward();
    await expectEndingShown(page);
    expect(pageErrors).toEqual([]);
  });

  test("ArrowDown from the last slide reaches it, and ArrowUp goes back", async ({ page }) => {
    await page.goto(slideUrl(SLIDE_COUNT));
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
    await page.keyboard.press("ArrowDown");
    await expectEndingShown(page);
    await expect(page.getByRole("status").filter({ hasText: "The end of the story" })).toHaveText(
      "The end of the story. Read it again, share it, or choose another story.",
    );
    await page.keyboard.press("ArrowDown");
    await expectEndingShown(page);
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
  });

  test("scrolling past the last slide reaches it, and back", async ({ page }, info) => {
    const touch = info.project.name === "phone";
    await page.goto(slideUrl(SLIDE_COUNT));
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
    await scrollBySlides(page, 1, touch);
    await expectEndingShown(page);
    await scrollBySlides(page, -1, touch);
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
  });

  test("the last slide's next step leads to it, and its previous step back", async ({ page }) => {
    await page.goto(slideUrl(SLIDE_COUNT));
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
    await page.getByRole("link", { name: "To the end of the story" }).click();
    await expectEndingShown(page);
    await page.getByRole("link", { name: "Previous slide" }).click();
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
  });

  test("opened at its address, it leads to the start and to the story list", async ({ page }) => {
    await page.goto(ENDING);
    await expectEndingShown(page);
    await expect(page.getByText(`${SLIDE_COUNT} / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
    await expect(ending(page).getByText(HEADLINE)).toBeVisible();
    await ending(page).getByRole("link", { name: "Read again from the start" }).click();
    await expectCurrentSlideToBe(page, 1);
    await page.goto(ENDING);
    await expectEndingShown(page);
    await ending(page).getByRole("link", { name: "See all stories" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Photo stories" })).toBeVisible();
  });

  test("shares the story's first slide", async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { __shared: unknown[] }).__shared = shared;
      Object.defineProperty(navigator, "share", {
        value: async (data: unknown) => void shared.push(data),
      });
      Object.defineProperty(navigator, "canShare", { value: () => true });
    });
    await page.goto(ENDING);
    await expectEndingShown(page);
    await ending(page).getByRole("button", { name: "Share this story" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared))
      .toEqual([
        expect.objectContaining({ title: HEADLINE, url: expect.stringMatching(/\/hanoi-summit$/) }),
      ]);
  });

  test("is a stop of its own: a number past the last slide stays not found", async ({
    page,
    request,
  }) => {
    const response = await request.get(`${STORY}/${SLIDE_COUNT + 1}`);
    expect(response.status()).toBe(404);
    await page.goto(`${ENDING}/`);
    await expectEndingShown(page);
  });
});

test.describe("the ending without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the last slide's next link leads to it, and it leads on", async ({ page }) => {
    await page.goto(slideUrl(SLIDE_COUNT));
    await expect(ending(page)).toHaveCount(0);
    await page.getByRole("link", { name: "To the end of the story" }).click();
    await expect(page).toHaveURL(new RegExp(`${ENDING}$`));
    await expect(page).toHaveTitle(`The end · ${HEADLINE}`);
    await expect(ending(page)).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${ENDING}$`),
    );
    await expect(ending(page).getByRole("link", { name: /\/hanoi-summit$/ })).toBeVisible();
    await ending(page).getByRole("link", { name: "Read again from the start" }).click();
    await expect(page).toHaveURL(new RegExp(`${STORY}$`));
    await expect(page.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  });

  test("its previous link leads back to the last slide", async ({ page }) => {
    await page.goto(ENDING);
    await page.getByRole("link", { name: "Previous slide" }).click();
    await expect(page).toHaveURL(new RegExp(`${slideUrl(SLIDE_COUNT)}$`));
  });
});
