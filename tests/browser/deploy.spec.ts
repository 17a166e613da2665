import type { Page } from "@playwright/test";
import { expect, test } from "./pageErrors";
import { nextVersion, serveSite, type DeploySite } from "./deploySite";
import { SLIDE_COUNT } from "./reader";

// These tests make files fail on purpose; the browser's own lines about them are no page error.
test.use({ errorWatch: { failedFiles: true } });

// A reader opened a slide before a new version of the site went out. Every file of the old
// version is then gone (tests/browser/deploySite.ts renames them all), and whichever the reader
// needs next must bring the new version, on the same slide, instead of breaking.

let site: DeploySite;
test.beforeEach(async () => {
  site = await serveSite();
});
test.afterEach(async () => {
  await site.close();
});

async function openSlide(page: Page, origin: string, slide: number): Promise<void> {
  await page.goto(`${origin}/hanoi-summit${slide === 1 ? "" : `/${slide}`}`);
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
}

/** The page runs the new version, on slide `slide`, with the address naming it. */
async function expectNewVersionOn(page: Page, slide: number, query = ""): Promise<void> {
  const { build } = await nextVersion();
  await expect(page.locator("html")).toHaveAttribute("data-build", build);
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
  await expect(page).toHaveURL(
    new RegExp(`/hanoi-summit${slide === 1 ? "" : `/${slide}`}${query.replace("?", "\\?")}$`),
  );
  await expect(page.getByText(`${slide} / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
  // Every script the page runs is the new version's.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.endsWith(".js")),
  );
  expect(scripts.filter((pathname) => !pathname.endsWith("-n.js"))).toEqual([]);
}

async function expectPhotoPainted(page: Page, slide: number): Promise<void> {
  const photo = page.locator(`[data-slide="${slide}"] img`);
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await expect(page.getByText("Photo unavailable")).toHaveCount(0);
}

async function expectEnlargedPhotoShown(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Photo, enlarged" });
  await expect(dialog).toBeVisible();
  await expect
    .poll(() =>
      dialog
        .locator("img")
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
}

test.describe("after a deploy, without the service worker", () => {
  test("the app's own code gone before it starts: the slide opens with the new version", async ({
    page,
    pageErrors: errors,
  }) => {
    await site.close();
    site = await serveSite({ deployAt: (pathname) => /\/assets\/loadApp-/.test(pathname) });
    await page.goto(`${site.origin}/hanoi-summit/4`);
    await expectNewVersionOn(page, 4);
    await expectPhotoPainted(page, 4);
    expect(errors).toEqual([]);
  });

  test("the story's data gone: the slide opens with the new version, text and photo", async ({
    page,
    pageErrors: errors,
  }) => {
    await site.close();
    site = await serveSite({
      deployAt: (pathname) => /\/assets\/\d+-[^/]+\.js$/.test(pathname),
    });
    await page.goto(`${site.origin}/hanoi-summit/5`);
    await expectNewVersionOn(page, 5);
    await expect(
      page
        .locator('[data-slide="5"]')
        .getByText(/261 days/)
        .first(),
    ).toBeVisible();
    await expectPhotoPainted(page, 5);
    expect(errors).toEqual([]);
  });

  test("a script chunk gone: the enlarged view opens with the new version", async ({
    page,
    pageErrors: errors,
  }) => {
    await openSlide(page, site.origin, 2);
    site.deploy();
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expectNewVersionOn(page, 2, "?photo");
    await expectEnlargedPhotoShown(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("a photo variant gone: reading on brings the new version, on the slide reached", async ({
    page,
    pageErrors: errors,
  }) => {
    await openSlide(page, site.origin, 4);
    await expectPhotoPainted(page, 4);
    site.deploy();
    // Slide 5's photo came ahead of time; slide 6's, fetched ahead from slide 5, is gone.
    await page.keyboard.press("ArrowDown");
    await expectNewVersionOn(page, 5);
    await expectPhotoPainted(page, 5);
    await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/\/hanoi-summit\/6$/);
    await expectPhotoPainted(page, 6);
    expect(errors).toEqual([]);
  });

  test("the enlarged photo gone: it opens from the new version", async ({
    page,
    pageErrors: errors,
  }) => {
    await openSlide(page, site.origin, 3);
    await expectPhotoPainted(page, 3);
    // The enlarged view's code is here already; only its photo is of the old version.
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    const dialog = page.getByRole("dialog", { name: "Photo, enlarged" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    // The reader's keys come back once the enlarged view has closed, not while it fades out.
    await expect(dialog).toBeHidden();
    await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/\/hanoi-summit\/4$/);
    await expectPhotoPainted(page, 4);
    site.deploy();
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expectNewVersionOn(page, 4, "?photo");
    await expectEnlargedPhotoShown(page);
    expect(errors).toEqual([]);
  });
});

test.describe("after a deploy, with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a photo gone: the new version and its worker take over together, on the same slide", async ({
    page,
    pageErrors: errors,
  }) => {
    const { oldBuild, build } = await nextVersion();
    await openSlide(page, site.origin, 2);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expectPhotoPainted(page, 2);
    site.deploy();
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expectNewVersionOn(page, 2, "?photo");
    await expectEnlargedPhotoShown(page);
    // The worker in charge is the new version's: it keeps only the new files and pages.
    const caches = await page.evaluate(async () => {
      const names = await window.caches.keys();
      const precache = names.find((name) => name.includes("precache"));
      const kept = precache ? await (await window.caches.open(precache)).keys() : [];
      return {
        names,
        oldScripts: kept
          .map((request) => new URL(request.url).pathname)
          .filter((pathname) => pathname.endsWith(".js") && !pathname.endsWith("-n.js")),
        scripts: kept.filter((request) => request.url.includes(".js")).length,
      };
    });
    expect(caches.oldScripts).toEqual([]);
    expect(caches.scripts).toBeGreaterThan(0);
    expect(caches.names).not.toContain(`pages-${oldBuild}`);
    await expect.poll(() => page.evaluate(() => window.caches.keys())).toContain(`pages-${build}`);
    expect(errors).toEqual([]);
  });
});
