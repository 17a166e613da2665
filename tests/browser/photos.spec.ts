import { expect, test } from "@playwright/test";
import { photoBox, recordPhotoRequests } from "./photos";
import { expectCurrentSlideToBe, slideUrl } from "./reader";

/** What each screen must be sent: the crop and width that cover it, in AVIF. */
const EXPECTED = {
  desktop: { crop: "landscape", width: 1600, format: "avif" },
  phone: { crop: "portrait", width: 900, format: "avif" },
} as const;

test.describe("the photos a first view fetches", () => {
  for (const start of [1, 5]) {
    test(`opening slide ${start} fetches its photo and the next, right-sized, and nothing far away`, async ({
      page,
    }, info) => {
      const requests = recordPhotoRequests(page);
      await page.goto(slideUrl(start));
      await expectCurrentSlideToBe(page, start);
      await page.waitForLoadState("networkidle");
      const fetched = await requests();
      const expected = EXPECTED[info.project.name as keyof typeof EXPECTED];
      const slides = fetched.map((request) => request.slide);
      expect(slides).toContain(start);
      expect(slides).toContain(start + 1);
      for (const request of fetched) {
        expect(request).toEqual({ slide: request.slide, ...expected });
        expect(Math.abs(request.slide - start)).toBeLessThanOrEqual(2);
      }
      expect(new Set(slides).size, "each photo is fetched once, in one size").toBe(slides.length);
    });
  }

  test("a photo is not fetched until the reader comes within two slides of it", async ({
    page,
  }) => {
    const requests = recordPhotoRequests(page);
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.waitForLoadState("networkidle");
    expect((await requests()).map((request) => request.slide)).not.toContain(6);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, 7);
    await expect.poll(async () => (await requests()).map((request) => request.slide)).toContain(6);
  });
});

test.describe("layout while photos load and fail", () => {
  test("nothing shifts while the page loads and the reader moves (CLS 0)", async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    // The cover, whose long text gets its "Read more" once the app has measured it, then a move.
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 2);
    await page.waitForTimeout(800);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  });

  test("a photo that fails keeps its alt text, caption, placeholder and size", async ({ page }) => {
    await page.route(/\/assets\/.*\.(avif|webp|jpe?g)$/, (route) => route.abort("failed"));
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    const slide = page.locator('[data-slide="3"]');
    await expect(
      slide.getByText("Kim smiles as he makes a point while Trump looks on."),
    ).toBeVisible();
    await expect(slide.getByRole("img", { name: /two empty armchairs/ })).toBeAttached();
    await expect(slide.getByText("Photo unavailable")).toBeVisible();
    const box = await slide.boundingBox();
    expect(box?.height).toBe(page.viewportSize()?.height);
    const placeholder = await photoBox(slide).evaluate(
      (el) => getComputedStyle(el).backgroundImage,
    );
    expect(placeholder).toMatch(/^url\("data:image\/webp;base64,/);
  });
});

test.describe("the photo opened large", () => {
  async function zoomLevel(page: import("@playwright/test").Page): Promise<number> {
    const transform = await page
      .getByRole("dialog", { name: "Photo, enlarged" })
      // The lightbox zooms the photo in view by a scale() on the box around it.
      .locator('[style*="scale("]')
      .first()
      .evaluate((box: HTMLElement) => box.style.transform);
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
  }

  test("opens from the keyboard, zooms with +, and Escape closes it and gives focus back", async ({
    page,
  }) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    const enlarge = page.getByRole("button", { name: "Enlarge photo" });
    await enlarge.focus();
    await page.keyboard.press("Enter");
    const zoom = page.getByRole("dialog", { name: "Photo, enlarged" });
    await expect(zoom).toBeVisible();
    await expect(page).toHaveURL(/\/hanoi-summit\/3\?photo$/);
    await expect(zoom.getByRole("img", { name: /two empty armchairs/ })).toBeVisible();
    await page.keyboard.press("+");
    await expect.poll(() => zoomLevel(page)).toBeGreaterThan(1);
    await page.keyboard.press("Escape");
    await expect(zoom).toBeHidden();
    await expect(page).toHaveURL(/\/hanoi-summit\/3$/);
    await expect(enlarge).toBeFocused();
    await expectCurrentSlideToBe(page, 3);
  });

  test("Back closes it and leaves the reader on the same slide", async ({ page }) => {
    await page.goto(slideUrl(4));
    await expectCurrentSlideToBe(page, 4);
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeHidden();
    await expectCurrentSlideToBe(page, 4);
  });

  test("pinches to zoom by touch and closes with its button @touch", async ({ page }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Enlarge photo" }).tap();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeVisible();
    await page.waitForTimeout(400);
    const session = await page.context().newCDPSession(page);
    const pinch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
      session.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: 195 - spread, y: 420, id: 0 },
                { x: 195 + spread, y: 420, id: 1 },
              ],
      });
    await pinch("touchStart", 40);
    for (let spread = 50; spread <= 160; spread += 10) {
      await pinch("touchMove", spread);
      await page.waitForTimeout(16);
    }
    await pinch("touchEnd", 160);
    await expect.poll(() => zoomLevel(page)).toBeGreaterThan(1.5);
    await page.getByRole("button", { name: "Close photo" }).tap();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeHidden();
    await expectCurrentSlideToBe(page, 2);
  });
});
