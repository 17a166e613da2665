import { expect, test } from "@playwright/test";
import {
  HEADLINE,
  SLIDE_COUNT,
  expectCurrentSlideToBe,
  expectEndingShown,
  recordSlidesPainted,
  scrollBySlides,
  slideUrl,
  slidesPainted,
} from "./reader";

test.describe("opening a slide's address", () => {
  for (let slide = 1; slide <= SLIDE_COUNT; slide += 1) {
    test(`shows slide ${slide} first, with no other slide painted before it`, async ({ page }) => {
      await recordSlidesPainted(page);
      await page.goto(slideUrl(slide));
      await expectCurrentSlideToBe(page, slide);
      expect(await slidesPainted(page)).toEqual([slide]);
    });
  }

  test("keeps the slide after a reload", async ({ page }) => {
    await page.goto(slideUrl(5));
    await expectCurrentSlideToBe(page, 5);
    await page.reload();
    await expectCurrentSlideToBe(page, 5);
  });
});

test.describe("moving through the story", () => {
  test("scrolling moves one slide and replaces the address without adding history", async ({
    page,
  }, info) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    const historyBefore = await page.evaluate(() => history.length);
    await scrollBySlides(page, 1, info.project.name === "phone");
    await expectCurrentSlideToBe(page, 3);
    await scrollBySlides(page, 1, info.project.name === "phone");
    await expectCurrentSlideToBe(page, 4);
    await scrollBySlides(page, -1, info.project.name === "phone");
    await expectCurrentSlideToBe(page, 3);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  test("a finger that stops mid-swipe holds the page where it is until it lets go @touch", async ({
    page,
  }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    const height = page.viewportSize()?.height ?? 0;
    const session = await page.context().newCDPSession(page);
    const touchAt = (type: "touchStart" | "touchMove" | "touchEnd", y: number) =>
      session.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: 195, y }],
      });
    const scrollTop = () => page.getByRole("main").evaluate((el) => el.scrollTop);
    // Drag a third of the way up, and hold still, as a reader does who stops to look.
    await touchAt("touchStart", height * 0.7);
    for (let move = 1; move <= 8; move += 1) {
      await touchAt("touchMove", height * 0.7 - (height * 0.35 * move) / 8);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(150);
    const held = await scrollTop();
    expect(held - height, "the page follows the finger").toBeGreaterThan(height * 0.25);
    await page.waitForTimeout(500);
    expect(await scrollTop(), "nothing moves the page under a finger that holds still").toBe(held);
    await expect(page).toHaveURL(new RegExp(`${slideUrl(2)}$`));
    // Then carry on to two thirds of the way and let go: the next slide, and only it.
    for (let move = 1; move <= 6; move += 1) {
      await touchAt("touchMove", height * 0.35 - (height * 0.3 * move) / 6);
      await page.waitForTimeout(16);
    }
    await touchAt("touchEnd", height * 0.05);
    await session.detach();
    await expectCurrentSlideToBe(page, 3);
  });

  test("arrow keys, Page keys, Space, Home and End move as a reader expects", async ({ page }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 2);
    await page.keyboard.press("PageDown");
    await expectCurrentSlideToBe(page, 3);
    await page.keyboard.press("Space");
    await expectCurrentSlideToBe(page, 4);
    await page.keyboard.press("Shift+Space");
    await expectCurrentSlideToBe(page, 3);
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, 2);
    // End goes past the last slide to the ending, the reader's last stop.
    await page.keyboard.press("End");
    await expectEndingShown(page);
    await page.keyboard.press("ArrowDown");
    await expectEndingShown(page);
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
    await page.keyboard.press("Home");
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("PageUp");
    await expectCurrentSlideToBe(page, 1);
  });

  test("a held arrow key stops at the ending with the address and screen agreeing", async ({
    page,
  }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    for (let press = 0; press < 20; press += 1) {
      await page.keyboard.down("ArrowDown");
      await page.waitForTimeout(30);
    }
    await page.keyboard.up("ArrowDown");
    await expectEndingShown(page);
  });

  test("the next and previous buttons move one slide, even clicked fast", async ({ page }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.getByRole("link", { name: "Next slide" }).click();
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("link", { name: "Previous slide" }).click();
    await expectCurrentSlideToBe(page, 1);
    // Fifty clicks a second on whatever "Next slide" is on screen, as an impatient reader would.
    await page.evaluate(async () => {
      for (let click = 0; click < 20; click += 1) {
        document.querySelector<HTMLElement>('a[aria-label="Next slide"]')?.click();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await expectCurrentSlideToBe(page, SLIDE_COUNT);
    await expect(page.getByRole("link", { name: "Next slide" })).toHaveCount(0);
  });

  test("the contents view jumps to any slide", async ({ page }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Contents" }).click();
    const dialog = page.getByRole("dialog", { name: "Contents" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("link")).toHaveCount(SLIDE_COUNT);
    await expect(dialog.getByRole("link", { name: /A point made/ })).toBeVisible();
    await dialog.getByRole("link", { name: /261 days/ }).click();
    await expect(dialog).toBeHidden();
    await expectCurrentSlideToBe(page, 5);
  });
});

test.describe("Back and Forward", () => {
  test("Back leaves the story from any slide; Forward returns to the slide last read", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("link", { name: HEADLINE }).click();
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 3);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Photo stories" })).toBeVisible();
    await page.goForward();
    await expectCurrentSlideToBe(page, 3);
  });
});

test.describe("addresses", () => {
  for (const [path, canonical] of [
    ["/hanoi-summit/", "/hanoi-summit"],
    ["/hanoi-summit/1", "/hanoi-summit"],
    ["/hanoi-summit/04", "/hanoi-summit/4"],
    ["/hanoi-summit/6/", "/hanoi-summit/6"],
  ] as const) {
    test(`${path} leads to the one address ${canonical}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${canonical}$`));
      await expect(page.getByText(/\d \/ 7/)).toBeVisible();
    });
  }

  for (const path of [
    "/hanoi-summit/0",
    "/hanoi-summit/99",
    "/hanoi-summit/abc",
    "/nope",
    "/hanoi-summit/2/extra",
  ]) {
    test(`${path} is not found, with a way into the story`, async ({ page }) => {
      await page.goto(path);
      await expect(
        page.getByRole("heading", { name: "This page is not part of any story" }),
      ).toBeVisible();
      await expect(page).toHaveTitle("Page not found");
      await page.getByRole("link", { name: /Start reading/ }).click();
      await expectCurrentSlideToBe(page, 1);
    });
  }
});

test.describe("motion", () => {
  test("the caption of a slide that becomes current rises into place", async ({ page }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await expect(page.locator("[data-animated]")).toHaveAttribute("data-animated", "true");
    const caption = page.locator('[data-slide="2"] [data-part="panel"]');
    await expect.poll(() => caption.evaluate((el) => getComputedStyle(el).opacity)).toBe("0");
    // Sample the caption in every frame from before the key press, so a busy machine cannot hide it.
    await page.evaluate(() => {
      const samples: { opacity: number; y: number }[] = [];
      (window as unknown as { __caption: typeof samples }).__caption = samples;
      const frame = () => {
        const panel = document.querySelector('[data-slide="2"] [data-part="panel"]');
        if (panel) {
          const style = getComputedStyle(panel);
          samples.push({ opacity: Number(style.opacity), y: new DOMMatrix(style.transform).m42 });
        }
        if (samples.length < 600) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 2);
    await expect.poll(() => caption.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    await expect
      .poll(() => caption.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m42))
      .toBe(0);
    const samples = await page.evaluate(
      () => (window as unknown as { __caption: { opacity: number; y: number }[] }).__caption,
    );
    expect(Math.min(...samples.map((sample) => sample.opacity))).toBeLessThan(0.5);
    expect(Math.max(...samples.map((sample) => sample.y))).toBeGreaterThan(10);
    const risingFrames = samples.filter(
      (sample) => sample.y > 0 && sample.y < 40 && sample.opacity > 0,
    );
    expect(risingFrames.length, "frames caught mid-rise").toBeGreaterThan(0);
  });

  test("with reduced motion every slide shows its final state, with no movement", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 2);
    const samples = await page.evaluate(async () => {
      const seen: string[] = [];
      for (let frame = 0; frame < 20; frame += 1) {
        await new Promise(requestAnimationFrame);
        for (const el of document.querySelectorAll('[data-part="panel"], [data-part="photo"]')) {
          const style = getComputedStyle(el);
          seen.push(`${style.opacity}|${style.transform}`);
        }
      }
      return [...new Set(seen)];
    });
    expect(samples.every((sample) => /^1\|(none|matrix\(1, 0, 0, 1, 0, 0\))$/.test(sample))).toBe(
      true,
    );
  });
});
