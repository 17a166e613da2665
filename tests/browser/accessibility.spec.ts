import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { measureTextContrast } from "./contrast";
import { SLIDE_COUNT, expectCurrentSlideToBe, expectEndingShown, slideUrl } from "./reader";

test.use({ bypassCSP: true });

test.describe("axe-core finds no violation", () => {
  const routes = [
    "/",
    ...Array.from({ length: SLIDE_COUNT }, (_, index) => slideUrl(index + 1)),
    "/embed/hanoi-summit/1",
    "/embed/hanoi-summit/3",
    "/hanoi-summit/end",
    "/nope",
  ];
  for (const route of routes) {
    test(`on ${route}`, async ({ page }) => {
      await page.goto(route);
      if (route.includes("/hanoi-summit"))
        await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("with the contents view open", async ({ page }) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await page.getByRole("button", { name: "Contents" }).click();
    await expect(page.getByRole("dialog", { name: "Contents" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("with the embed code open", async ({ page }) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await page.getByRole("button", { name: "Embed" }).click();
    await expect(page.getByRole("dialog", { name: "Embed this slide" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("with the photo open large", async ({ page }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("text over photos", () => {
  test.use({ reducedMotion: "reduce" });

  for (let slide = 1; slide <= SLIDE_COUNT; slide += 1) {
    test(`meets AA contrast on slide ${slide}, measured against the pixels behind it`, async ({
      page,
    }) => {
      await page.goto(slideUrl(slide));
      await expectCurrentSlideToBe(page, slide);
      await page.waitForLoadState("networkidle");
      await expect
        .poll(() =>
          page
            .locator(`[data-slide="${slide}"] img`)
            .evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete)),
        )
        .toBe(true);
      // The slide's words, the bar (the reader's own header) and the previous/next buttons.
      const scope = `[data-slide="${slide}"] [data-part="panel"], header:not(article header), nav[aria-label="Slides"]`;
      const measured = await measureTextContrast(page, scope);
      expect(measured.length).toBeGreaterThan(3);
      expect(measured.filter((text) => text.ratio < text.needed)).toEqual([]);
      // Text that did not fit is measured again once "Read more" shows it.
      if (
        await page
          .locator(`[data-slide="${slide}"]`)
          .getByRole("button", { name: "Read more" })
          .count()
      ) {
        await page.reload();
        await expectCurrentSlideToBe(page, slide);
        await page
          .locator(`[data-slide="${slide}"]`)
          .getByRole("button", { name: "Read more" })
          .click();
        const expanded = await measureTextContrast(page, scope);
        expect(expanded.filter((text) => text.ratio < text.needed)).toEqual([]);
      }
    });
  }
});

test.describe("by keyboard alone", () => {
  test("Tab reaches the skip link, the bar and the current slide's controls, never another slide's", async ({
    page,
  }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    const visited: string[] = [];
    for (let press = 0; press < 13; press += 1) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const slide = element?.closest("[data-slide]")?.getAttribute("data-slide") ?? null;
        return {
          name: element?.getAttribute("aria-label") ?? element?.textContent?.trim() ?? "",
          slide,
        };
      });
      expect([null, "2"]).toContain(focused.slide);
      visited.push(focused.name);
    }
    expect(visited.slice(0, 8)).toEqual([
      "Skip to the story",
      "All stories",
      "Share",
      "Embed",
      "Contents",
      "Enlarge photo",
      "Previous slide",
      "Next slide",
    ]);
  });

  test("the skip link leads into the story, and arrows then move it with an announcement each", async ({
    page,
  }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the story" })).toBeFocused();
    await expect(page.getByRole("link", { name: "Skip to the story" })).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#story")).toBeFocused();
    const announcement = page.locator('[role="status"][aria-live="polite"]').first();
    await expect(announcement).toHaveText("");
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 2);
    await expect(announcement).toHaveText(
      "Photo 2 of 7: The two leaders clasped hands and posed in front of flags of both countries, smiling as…",
    );
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 3);
    await expect(announcement).toHaveText(
      "Photo 3 of 7: Kim smiles as he makes a point while Trump looks on.",
    );
    await page.keyboard.press("End");
    await expectEndingShown(page);
    await expect(announcement).toHaveText(
      "The end of the story. Read it again, share it, or choose another story.",
    );
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, 7);
    await expect(announcement).toHaveText("Slide 7 of 7: About this story");
  });

  test("the embed code opens, is read and copied, and closes, from the keyboard", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await page.getByRole("button", { name: "Embed" }).focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("dialog", { name: "Embed this slide" });
    await expect(panel).toBeVisible();
    await page.keyboard.press("Tab");
    const field = page.getByRole("textbox", { name: "Code to paste into your page" });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/<iframe src="[^"]+\/embed\/hanoi-summit\/3"/);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Copy code" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("status")).toHaveText("Code copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      "/embed/hanoi-summit/3",
    );
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  test("Space presses a focused button instead of turning the page", async ({ page }) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await page.getByRole("button", { name: "Contents" }).focus();
    await page.keyboard.press("Space");
    const dialog = page.getByRole("dialog", { name: "Contents" });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/hanoi-summit\/3$/);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expectCurrentSlideToBe(page, 3);
  });

  test("the contents view takes focus to the current slide, keeps it inside, and gives it back", async ({
    page,
  }) => {
    await page.goto(slideUrl(4));
    await expectCurrentSlideToBe(page, 4);
    const opener = page.getByRole("button", { name: "Contents" });
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Contents" });
    await expect(dialog.getByRole("link", { name: /Words of praise/ })).toBeFocused();
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(
        true,
      );
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expectCurrentSlideToBe(page, 4);
  });

  test("every control is at least 44 by 44 CSS pixels", async ({ page }) => {
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("a, button")]
        .filter(
          // Not the skip link (to #story), which is small until it has focus.
          (element) => element.offsetParent !== null && element.getAttribute("href") !== "#story",
        )
        .map((element) => ({
          name: element.getAttribute("aria-label") ?? element.textContent?.trim(),
          width: element.offsetWidth,
          height: element.offsetHeight,
        })),
    );
    expect(sizes.map((size) => size.name)).toEqual(
      expect.arrayContaining(["All stories", "Share", "Contents", "Enlarge photo", "Next slide"]),
    );
    for (const size of sizes) {
      expect(size.width, size.name).toBeGreaterThanOrEqual(44);
      expect(size.height, size.name).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe("zoomed text and narrow screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("at 320 CSS pixels with text at 200% every word of a slide can be read, nothing runs off the side", async ({
    page,
  }, info) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
    const slide = page.locator('[data-slide="3"]');
    await slide.getByRole("button", { name: "Read more" }).click();
    const panelText = slide.locator('[data-part="text"]');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    for (const paragraph of await panelText.locator("p, h2").all()) {
      await paragraph.scrollIntoViewIfNeeded();
      await expect(paragraph).toBeInViewport();
      const box = await paragraph.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    }
    await info.attach("slide 3 at 320px and 200% text", {
      body: await page.screenshot(),
      contentType: "image/png",
    });
  });
});

test.describe("the accessibility tree", () => {
  test("a slide is a named region holding a figure with its picture, title and words", async ({
    page,
  }) => {
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    await expect(page.locator('[data-slide="3"]')).toMatchAriaSnapshot(`
      - region "Slide 3 of 7":
        - figure "A point made":
          - img /^Illustration. two empty armchairs behind a conference table/
          - heading "A point made" [level=2]
          - paragraph: Kim smiles as he makes a point while Trump looks on.
          - paragraph: /^“It’s an honor to be with Chairman Kim\\./
          - paragraph: /^“I thought the first summit was a great success/
    `);
    await expect(page.getByRole("article", { name: /US, North Korean leaders/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      /US, North Korean leaders display bonhomie/,
    );
    await expect(page.getByRole("navigation", { name: "Slides" })).toBeVisible();
    await expect(page.getByRole("main")).toBeAttached();
  });
});
