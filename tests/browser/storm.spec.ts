import type { Page } from "@playwright/test";
import { expect, test } from "./pageErrors";
import { HEADLINE, SLIDE_COUNT } from "./reader";

/** A small seeded generator (mulberry32), so a failing storm can be replayed with STORM_SEED. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = 500;
const SETTLE_EVERY = 25;
const KEYS = ["ArrowDown", "ArrowUp", "PageDown", "PageUp", "Space", "Shift+Space", "Home", "End"];

interface Storm {
  page: Page;
  random: () => number;
  touch: boolean;
  sizes: { width: number; height: number }[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
}

async function onStory(page: Page): Promise<boolean> {
  return /\/hanoi-summit(\/(\d+|end))?(\?photo)?$/.test(page.url());
}

/** One random thing an impatient reader does, without waiting for the page to catch up. */
async function act({ page, random, touch, sizes }: Storm): Promise<void> {
  // Back from the story list leaves the site, as it should; the reader comes back with Forward.
  if (!page.url().startsWith("http")) {
    await page.goForward({ waitUntil: "commit" }).catch(() => undefined);
    return;
  }
  if (!(await onStory(page))) {
    await page
      .getByRole("link", { name: HEADLINE })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    return;
  }
  const roll = random();
  if (roll < 0.35) {
    await page.keyboard.press(pick(random, KEYS));
  } else if (roll < 0.45) {
    const key = pick(random, ["ArrowDown", "ArrowUp"]);
    await page.keyboard.down(key);
    for (let repeat = 0; repeat < 5; repeat += 1) await page.keyboard.down(key);
    await page.keyboard.up(key);
  } else if (roll < 0.55) {
    const label = random() < 0.6 ? "Next slide" : "Previous slide";
    // Before the app has taken over, a click follows the link as plain HTML: the page navigates
    // away from under the clicks, as it would for a reader, and the storm goes on from there.
    await page
      .evaluate(async (name) => {
        for (let click = 0; click < 6; click += 1) {
          document.querySelector<HTMLElement>(`a[aria-label="${name}"]`)?.click();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }, label)
      .catch((error: unknown) => {
        if (!String(error).includes("Execution context was destroyed")) throw error;
      });
  } else if (roll < 0.68) {
    const { width, height } = page.viewportSize() ?? { width: 800, height: 800 };
    const down = random() < 0.6;
    if (touch) {
      const session = await page.context().newCDPSession(page);
      const from = down ? height * 0.8 : height * 0.2;
      const to = down ? height * 0.1 : height * 0.9;
      await session.send("Input.dispatchTouchEvent", {
        type: "touchStart",
        touchPoints: [{ x: width / 2, y: from }],
      });
      for (let step = 1; step <= 4; step += 1) {
        await session.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: [{ x: width / 2, y: from + ((to - from) * step) / 4 }],
        });
      }
      await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await session.detach();
    } else {
      await page.mouse.move(width / 2, height / 2);
      await page.mouse.wheel(0, (down ? 1 : -1) * height * (0.3 + random() * 1.5));
    }
  } else if (roll < 0.76) {
    await page.setViewportSize(pick(random, sizes));
  } else if (roll < 0.84) {
    if (random() < 0.5) await page.goBack({ waitUntil: "commit" }).catch(() => undefined);
    else await page.goForward({ waitUntil: "commit" }).catch(() => undefined);
  } else if (roll < 0.93) {
    await page
      .getByRole("button", { name: "Enlarge photo" })
      .click({ timeout: 1_000 })
      .catch(() => undefined);
    if (random() < 0.5) await page.keyboard.press("Escape");
    else await page.goBack({ waitUntil: "commit" }).catch(() => undefined);
  } else {
    await page
      .getByRole("button", { name: "Contents" })
      .click({ timeout: 1_000 })
      .catch(() => undefined);
    const choice = 1 + Math.floor(random() * SLIDE_COUNT);
    const item = page
      .getByRole("dialog", { name: "Contents" })
      .getByRole("link")
      .nth(choice - 1);
    await item.click({ timeout: 1_000 }).catch(() => page.keyboard.press("Escape"));
  }
}

/** What the page shows now: the slides at the top of the screen, counter, title, and motion. */
async function readerState(page: Page) {
  // The ending is the stop after the last slide.
  const path = new URL(page.url()).pathname;
  const slide = path.endsWith("/end")
    ? SLIDE_COUNT + 1
    : Number(/\/hanoi-summit\/(\d+)/.exec(path)?.[1] ?? 1);
  const seen = await page.evaluate(() => {
    const sections = [...document.querySelectorAll<HTMLElement>("section[data-slide]")];
    const atTop = sections.filter((section) => Math.abs(section.getBoundingClientRect().top) < 1);
    const current = atTop[0];
    const moving = [
      current?.querySelector('[data-part="panel"]'),
      current?.querySelector('[data-part="photo"]'),
    ]
      .filter((element): element is Element => Boolean(element))
      .map((element) => {
        const style = getComputedStyle(element);
        return `${style.opacity}|${style.transform}`;
      })
      .filter((value) => !/^1\|(none|matrix\(1, 0, 0, 1, 0, 0\))$/.test(value));
    const scroller = document.querySelector("main");
    return {
      atTop: atTop.map((section) => Number(section.dataset.slide)),
      // The bar's counter as it is shown ("3 / 7"); its spoken form is hidden from sight.
      counter: [...document.querySelectorAll('header:not(article header) [aria-hidden="true"]')]
        .map((element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "")
        .find((text) => /^\d+ \/ \d+$/.test(text)),
      title: document.title,
      moving,
      scroll: scroller ? `${scroller.scrollTop}/${scroller.clientHeight}` : "",
      rendered: sections.map((section) => Number(section.dataset.slide)),
    };
  });
  return { slide, ...seen };
}

/** Once things settle: exactly one slide is current, it is the one in the address and the title. */
async function expectSettled(page: Page, errors: string[], step: number): Promise<void> {
  if (!page.url().startsWith("http")) await page.goForward();
  await page.keyboard.press("Escape");
  if (page.url().endsWith("?photo")) await page.goBack();
  if (!(await onStory(page))) {
    expect(new URL(page.url()).pathname, `after action ${step}: off the story, on the list`).toBe(
      "/",
    );
    await expect(page.getByRole("heading", { name: "Photo stories" })).toBeVisible();
    return;
  }
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
  const settled = (state: Awaited<ReturnType<typeof readerState>>) => {
    const { slide, atTop, counter, title, moving } = state;
    const ending = slide === SLIDE_COUNT + 1;
    const titled = ending
      ? title === `The end · ${HEADLINE}`
      : slide === 1
        ? title === HEADLINE
        : title.includes(`(${slide}/${SLIDE_COUNT})`);
    return (
      atTop.length === 1 &&
      atTop[0] === slide &&
      // The ending has no number of its own: the counter stays on the last slide.
      counter === `${Math.min(slide, SLIDE_COUNT)} / ${SLIDE_COUNT}` &&
      titled &&
      moving.length === 0
    );
  };
  const deadline = Date.now() + 8_000;
  let state = await readerState(page);
  while (!settled(state) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    state = await readerState(page);
  }
  expect(settled(state), `after action ${step}: ${JSON.stringify(state)}`).toBe(true);
  expect(errors, `after action ${step}`).toEqual([]);
}

test.describe("a storm of random input", () => {
  test.describe.configure({ timeout: 300_000 });

  test("leaves the reader consistent after every settle, with no error", async ({
    page,
    pageErrors: errors,
  }, info) => {
    const seed = Number(process.env.STORM_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`[${info.project.name}] storm seed ${seed} (replay with STORM_SEED=${seed})`);
    info.annotations.push({ type: "seed", description: String(seed) });
    const touch = info.project.name === "phone";
    const storm: Storm = {
      page,
      random: generator(seed),
      touch,
      sizes: touch
        ? [
            { width: 390, height: 844 },
            { width: 844, height: 390 },
            { width: 360, height: 740 },
          ]
        : [
            { width: 1440, height: 900 },
            { width: 1024, height: 768 },
            { width: 1280, height: 640 },
          ],
    };
    await page.goto("/");
    await page.getByRole("link", { name: HEADLINE }).first().click();
    for (let step = 1; step <= ACTIONS; step += 1) {
      await act(storm);
      if (step % SETTLE_EVERY === 0) await expectSettled(page, errors, step);
    }
  });
});
