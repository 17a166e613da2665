import { expect, type Page } from "@playwright/test";
import { readStoryJson } from "./exactText";

/** Where the preview server that playwright.config.ts starts serves the build. */
export const SERVED_ORIGIN = `http://localhost:${process.env.PREVIEW_PORT ?? 4173}`;
export const STORY = "/hanoi-summit";
export const SLIDE_COUNT = 7;
export const HEADLINE = "US, North Korean leaders display bonhomie at historic Hanoi summit";
/** The story's summary, which its cover shows under the headline. */
export const STANDFIRST = readStoryJson("src/stories/hanoi-summit/story.json").standfirst;

export function slideUrl(slide: number): string {
  return slide === 1 ? STORY : `${STORY}/${slide}`;
}

/** The slide whose section covers the middle of the screen, read from the page itself. */
export function slideOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    return Number(hit?.closest("[data-slide]")?.getAttribute("data-slide") ?? 0);
  });
}

/** The reader shows slide `slide`, snapped in place, and the address and title name it. */
export async function expectCurrentSlideToBe(page: Page, slide: number): Promise<void> {
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
  await expect(page).toHaveURL(new RegExp(`${slideUrl(slide)}(\\?[^#]*)?(#.*)?$`));
  await expect.poll(() => slideOnScreen(page)).toBe(slide);
  await expect
    .poll(() =>
      page.evaluate((n) => {
        const section = document.querySelector(`[data-slide="${n}"]`);
        return section ? Math.round(section.getBoundingClientRect().top) : NaN;
      }, slide),
    )
    .toBe(0);
  await expect(page.getByText(`${slide} / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
  if (slide === 1) await expect(page).toHaveTitle(HEADLINE);
  else await expect(page).toHaveTitle(new RegExp(`\\(${slide}/${SLIDE_COUNT}\\)`));
}

/** The address of the story's ending, the stop after its last slide. */
export const ENDING = `${STORY}/end`;

/** The reader shows the story's ending, snapped in place, and the address and title name it. */
export async function expectEndingShown(page: Page): Promise<void> {
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
  await expect(page).toHaveURL(new RegExp(`${ENDING}$`));
  await expect.poll(() => slideOnScreen(page)).toBe(SLIDE_COUNT + 1);
  await expect
    .poll(() =>
      page
        .getByRole("region", { name: "The end" })
        .evaluate((section) => Math.round(section.getBoundingClientRect().top)),
    )
    .toBe(0);
  await expect(page).toHaveTitle(`The end · ${HEADLINE}`);
}

/** Records, from the first frame, which slide is at the top of the screen in each frame. */
export async function recordSlidesPainted(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __slidesPainted: number[] }).__slidesPainted = seen;
    const frame = () => {
      const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
      const slide = Number(hit?.closest("[data-slide]")?.getAttribute("data-slide") ?? 0);
      if (slide && seen.at(-1) !== slide) seen.push(slide);
      if (seen.length < 50 && performance.now() < 10_000) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export function slidesPainted(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __slidesPainted: number[] }).__slidesPainted);
}

/**
 * A user's scroll of the story by `slides` screens, one gesture a slide: a finger swipe of most of
 * the screen on phones, a trackpad-sized wheel gesture on desktop. The browser's snapping does
 * the rest.
 */
export async function scrollBySlides(page: Page, slides: number, touch: boolean): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("the page has no viewport");
  const { width, height } = viewport;
  const sign = slides > 0 ? 1 : -1;
  const session = touch ? await page.context().newCDPSession(page) : undefined;
  for (let step = 0; step < Math.abs(slides); step += 1) {
    if (session) {
      const touchAt = (type: "touchStart" | "touchMove" | "touchEnd", y: number) =>
        session.send("Input.dispatchTouchEvent", {
          type,
          touchPoints: type === "touchEnd" ? [] : [{ x: width / 2, y }],
        });
      const from = sign > 0 ? height * 0.8 : height * 0.2;
      const to = sign > 0 ? height * 0.2 : height * 0.8;
      await touchAt("touchStart", from);
      for (let move = 1; move <= 12; move += 1) {
        await touchAt("touchMove", from + ((to - from) * move) / 12);
        await page.waitForTimeout(16);
      }
      await touchAt("touchEnd", to);
    } else {
      await page.mouse.move(width / 2, height / 2);
      await page.mouse.wheel(0, sign * height * 0.6);
    }
    await page.waitForTimeout(900);
  }
  await session?.detach();
}
