import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { PHOTO_CACHE } from "../../scripts/serviceWorker.mjs";
import { expect, test } from "./pageErrors";
import { serveSite } from "./deploySite";
import { expectCurrentSlideToBe, SERVED_ORIGIN, slideUrl } from "./reader";

// A story opened once reads offline from its first frame, on any slide, photos included.

// The origin the pages are served from, whatever port the preview server was given.
const ORIGIN = SERVED_ORIGIN;
/** The slides of the story that have a photo. */
const WITH_PHOTOS = [1, 2, 3, 4, 5, 6];

/** The files the service worker precaches (scripts/serviceWorker.mjs lists them). */
async function precached(): Promise<string[]> {
  const assets = (await readdir("dist/assets")).filter((name) => /\.(js|css)$/.test(name));
  const icons = (await readdir("dist/icons")).filter((name) => name.endsWith(".png"));
  return [
    ...assets.map((name) => path.join("dist/assets", name)),
    ...icons.map((name) => path.join("dist/icons", name)),
    ...["shell.html", "404.html", "favicon-32.png", "manifest.webmanifest"].map((name) =>
      path.join("dist", name),
    ),
  ];
}
const precacheCount = async () => (await precached()).length;
const precacheBytes = async () =>
  (await Promise.all((await precached()).map(async (file) => (await stat(file)).size))).reduce(
    (sum, size) => sum + size,
    0,
  );

/** Whether the service worker's caches hold `url` (a page or a photo). */
function isKept(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    async (address) => (await caches.match(address, { ignoreVary: true })) !== undefined,
    url,
  );
}

/**
 * From the next page on: no timer of a second or more ever fires, so a page that waits on one
 * for a paint never shows; and the text of the slide the address names is read in the first
 * frame the page paints.
 */
async function withoutLongTimers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const later = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      (delay ?? 0) >= 1_000 ? 0 : later(handler, delay, ...rest)) as typeof window.setTimeout;
    requestAnimationFrame(() => {
      const [, , slide = "1"] = window.location.pathname.split("/");
      (window as unknown as { __firstFrame: string }).__firstFrame =
        document.querySelector(`[data-slide="${slide}"] [data-part="panel"]`)?.textContent ?? "";
    });
  });
}

async function expectReadable(page: Page, slide: number, firstFrame: boolean): Promise<void> {
  await expect(page.locator(`[data-slide="${slide}"] [data-part="panel"]`)).toBeVisible();
  if (firstFrame)
    expect(
      await page.evaluate(() => (window as unknown as { __firstFrame: string }).__firstFrame),
    ).not.toBe("");
  await expectCurrentSlideToBe(page, slide);
  if (WITH_PHOTOS.includes(slide)) {
    const photo = page.locator(`[data-slide="${slide}"] img`);
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  }
  await expect(page.getByText("Photo unavailable")).toHaveCount(0);
}

test.describe("reading offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("a story opened once reads offline at once: the slide read, a reload, slides never visited", async ({
    page,
    pageErrors: errors,
    context,
  }) => {
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The first page is kept as soon as the worker runs the page, before any rest.
    await expect.poll(() => isKept(page, `${ORIGIN}${slideUrl(2)}`)).toBe(true);
    // After a rest, the slides around it: their pages and their photos as this screen shows them.
    await expect
      .poll(
        async () => {
          const pages = await Promise.all(
            [1, 2, 3, 4, 5, 6, 7].map((slide) => isKept(page, `${ORIGIN}${slideUrl(slide)}`)),
          );
          const photos = await page.evaluate(async (cacheName) => {
            const cache = await caches.open(cacheName);
            return (await cache.keys()).map((request) => new URL(request.url).pathname);
          }, PHOTO_CACHE);
          return { pages: pages.every(Boolean), photos: photos.length };
        },
        { timeout: 20_000 },
      )
      .toEqual({ pages: true, photos: WITH_PHOTOS.length });

    await withoutLongTimers(context);
    await context.setOffline(true);
    await page.goto(slideUrl(2));
    await expectReadable(page, 2, true);
    await page.reload();
    await expectReadable(page, 2, true);
    await page.goto(slideUrl(6));
    await expectReadable(page, 6, true);
    await page.keyboard.press("ArrowUp");
    await expectCurrentSlideToBe(page, 5);

    // A slide whose page was not kept opens from the app's shell: the app starts at once.
    await page.evaluate(
      async (address) => {
        for (const name of await caches.keys())
          await (await caches.open(name)).delete(address, { ignoreVary: true });
      },
      `${ORIGIN}${slideUrl(3)}`,
    );
    await page.goto(slideUrl(3));
    await expectReadable(page, 3, false);
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });

  test("with the storage quota full, the reader reads on and says nothing", async ({
    page,
    pageErrors: errors,
    context,
  }) => {
    // A site of its own, so the quota set here is no other test's.
    const site = await serveSite();
    try {
      // Room for the app itself and little more: the pages and photos met while reading, which
      // the worker keeps, overflow it.
      const quota = (await precacheBytes()) + 64 * 1024;
      const cdp = await context.newCDPSession(page);
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: site.origin, quotaSize: quota });
      await page.goto(`${site.origin}/hanoi-summit/2`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      for (const slide of [3, 4, 5, 6]) {
        await page.keyboard.press("ArrowDown");
        await expect(page).toHaveURL(new RegExp(`/hanoi-summit/${slide}$`));
        const photo = page.locator(`[data-slide="${slide}"] img`);
        await expect
          .poll(() =>
            photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
          )
          .toBe(true);
      }
      // The quota is full indeed: there is no room for another photo's worth.
      const refused = await page.evaluate(async () => {
        const cache = await caches.open("probe");
        return cache.put("/probe", new Response(new Uint8Array(200 * 1024))).then(
          () => "stored",
          (error: Error) => error.name,
        );
      });
      expect(refused).toBe("QuotaExceededError");
      // The app itself is still kept whole.
      const app = await page.evaluate(async () => {
        const name = (await caches.keys()).find((candidate) => candidate.includes("precache"));
        return name ? (await (await caches.open(name)).keys()).length : 0;
      });
      expect(app).toBe(await precacheCount());
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
