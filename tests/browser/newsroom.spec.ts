import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { expect, test } from "./pageErrors";
import sharp from "sharp";
import { MAX_PHOTO_WIDTH } from "../../build/photoVariants";
import { AGENCY_COLOURS, AGENCY_METADATA } from "../fixtures/makeAgencyPhotos.mjs";
import type { StorySource } from "../../src/story/storySchema";
import { exifTags, PRIVATE_TAGS } from "../exifTags";
import { axeViolations } from "./axe";
import { expectStringsInRegion, readStoryJson, slideRegion, slideStrings } from "./exactText";
import { NEWSROOM_DIST, NEWSROOM_ORIGIN, startNewsroomSite } from "./newsroomSite";

/** A story whose text holds every character that templating, HTML, JSON or a regex treats specially. */
const EXACT = readStoryJson("tests/fixtures/newsroom/exact-text/story.json");
/** A story of agency photos whose captions, alt text and rights are in the files. */
const AGENCY = readStoryJson("tests/fixtures/newsroom/agency-photos/story.json");
const XMP = AGENCY_METADATA.xmp;
const IIM = AGENCY_METADATA.iim;

let stopSite: (() => Promise<void>) | undefined;

function pageUrl(story: StorySource, number: number): string {
  return `${NEWSROOM_ORIGIN}/${story.slug}${number === 1 ? "" : `/${number}`}`;
}

function documentTitle(story: StorySource, number: number): string {
  const slide = story.slides[number - 1];
  if (number === 1 || !slide) return story.headline;
  return `${slide.title} (${number}/${story.slides.length}) · ${story.headline}`;
}

async function meta(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head ${selector}`).first().getAttribute("content");
}

/** The page's JSON-LD, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('head script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "null") as Record<string, unknown>;
}

/** The served files a slide's photo offers in one format, from its <picture>. */
async function variantFiles(page: Page, number: number, type: string): Promise<string[]> {
  const region = slideRegion(page, number, AGENCY.slides.length);
  const srcset =
    type === "image/jpeg"
      ? await region.locator("img").getAttribute("srcset")
      : await region.locator(`source[type="${type}"]:not([media])`).getAttribute("srcset");
  return (srcset ?? "")
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .map((url) => path.join(NEWSROOM_DIST, new URL(url, NEWSROOM_ORIGIN).pathname));
}

/** The colour at a point of an image file, given in fractions of its size. */
async function colourAt(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const column = Math.round(x * (info.width - 1));
  const at = (Math.round(y * (info.height - 1)) * info.width + column) * info.channels;
  return [...data.subarray(at, at + 3)];
}

function expectColourNear(actual: number[], expected: readonly number[]) {
  for (const [index, value] of actual.entries())
    expect(Math.abs(value - (expected[index] ?? NaN)), `channel ${index}`).toBeLessThanOrEqual(8);
}

test.describe("stories a newsroom adds @build", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 });

  test.beforeAll(async () => {
    test.setTimeout(420_000);
    stopSite = await startNewsroomSite();
  });

  test.afterAll(async () => {
    await stopSite?.();
  });

  const count = EXACT.slides.length;
  for (let number = 1; number <= count; number += 1) {
    test(`slide ${number}'s prerendered page shows every character of its text as written`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pageUrl(EXACT, number));
      const region = slideRegion(page, number, count);
      await expectStringsInRegion(region, slideStrings(EXACT, number));
      const slide = EXACT.slides[number - 1];
      const image = slide?.image ?? EXACT.slides[0]?.image;
      if (slide?.image) {
        const photo = region.locator("img");
        await expect(photo).toHaveAttribute("alt", slide.image.alt);
        expect(await photo.getAttribute("alt")).toBe(slide.image.alt);
      }

      const title = documentTitle(EXACT, number);
      expect(await page.title()).toBe(title);
      const description = slide?.caption ?? slide?.body[0] ?? EXACT.standfirst;
      expect(await meta(page, 'meta[name="description"]')).toBe(description);
      expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
      expect(await meta(page, 'meta[name="twitter:description"]')).toBe(description);
      expect(await meta(page, 'meta[property="og:title"]')).toBe(title);
      expect(await meta(page, 'meta[name="twitter:title"]')).toBe(title);
      expect(await meta(page, 'meta[property="og:image:alt"]')).toBe(image?.alt);

      const data = await jsonLd(page);
      expect(data.headline).toBe(EXACT.headline);
      expect(data.description).toBe(EXACT.standfirst);
      const [first] = data.image as Record<string, unknown>[];
      expect(first?.caption).toBe(image?.alt);
      expect(first?.creditText).toBe(image?.credit ?? EXACT.credit);
      await context.close();
    });

    test(`slide ${number} hydrates with no mismatch and shows the same text`, async ({
      page,
      pageErrors: errors,
    }) => {
      await page.goto(pageUrl(EXACT, number));
      await expect(page.locator("[data-hydrated='true']")).toHaveCount(1);
      await expectStringsInRegion(slideRegion(page, number, count), slideStrings(EXACT, number));
      await expect(page).toHaveTitle(documentTitle(EXACT, number));
      // The motion code and the next slides arrive after hydration: let the page settle first.
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    });
  }

  test("a photo's rights reach the JSON-LD exactly", async ({ page }) => {
    await page.goto(pageUrl(EXACT, 1));
    const image = EXACT.slides[0]?.image;
    const [first] = (await jsonLd(page)).image as Record<string, unknown>[];
    expect(first).toMatchObject({
      description: image?.description,
      creditText: image?.credit,
      creator: { "@type": "Person", name: image?.creator },
      copyrightNotice: image?.copyright,
      license: image?.license,
      acquireLicensePage: image?.acquireLicensePage,
    });
  });

  test("the sitemap lists every slide of the test story", () => {
    const sitemap = readFileSync(path.join(NEWSROOM_DIST, "sitemap.xml"), "utf8");
    for (let number = 1; number <= count; number += 1)
      expect(sitemap).toContain(`<loc>${pageUrl(EXACT, number)}</loc>`);
  });

  test("a photo's caption, alt text, credit and description come from its file", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const count = AGENCY.slides.length;
    await page.goto(pageUrl(AGENCY, 1));
    const first = slideRegion(page, 1, count);
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(XMP.title);
    await expectStringsInRegion(first, [XMP.title, XMP.caption, XMP.credit, XMP.description]);
    await expect(
      first.getByRole("img", { name: XMP.alt, exact: true }),
    ).toHaveAccessibleDescription(XMP.description.replace(/\s+/g, " "));
    const [image] = (await jsonLd(page)).image as Record<string, unknown>[];
    expect(image).toMatchObject({
      caption: XMP.alt,
      creditText: XMP.credit,
      creator: { "@type": "Person", name: XMP.creator },
      copyrightNotice: XMP.copyright,
      license: XMP.license,
      acquireLicensePage: XMP.acquireLicensePage,
    });
    // Without script, the native disclosure still opens.
    await first.getByText("Description", { exact: true }).click();
    await expect(first.getByText(XMP.description.slice(0, 30))).toBeVisible();

    await page.goto(pageUrl(AGENCY, 2));
    const second = slideRegion(page, 2, count);
    await expectStringsInRegion(second, ["Caption from IPTC IIM", IIM.caption, IIM.credit]);

    await page.goto(pageUrl(AGENCY, 3));
    const third = slideRegion(page, 3, count);
    const written = AGENCY.slides[2];
    await expectStringsInRegion(third, [
      written?.caption ?? "",
      written?.image?.credit ?? "",
      XMP.description,
    ]);
    await expect(third.getByRole("img")).toHaveAttribute("alt", written?.image?.alt ?? "");
    await context.close();
  });

  test("the enlarged photo keeps its credit and copyright", async ({
    page,
    pageErrors: errors,
  }) => {
    await page.goto(pageUrl(AGENCY, 1));
    await expect(page.locator("[data-hydrated='true']")).toHaveCount(1);
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    const dialog = page.getByRole("dialog", { name: "Photo, enlarged" });
    await expect(dialog.getByText(`Photo: ${XMP.credit} · ${XMP.copyright}`)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("photos are served upright, in sRGB, in 8 bits, and no wider than the reader needs", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const titled = (title: string) => AGENCY.slides.findIndex((slide) => slide.title === title) + 1;

    await page.goto(pageUrl(AGENCY, titled("Turned upright")));
    for (const type of ["image/jpeg", "image/avif", "image/webp"]) {
      for (const file of await variantFiles(page, titled("Turned upright"), type)) {
        const { width, height } = await sharp(file).metadata();
        expect(height, file).toBeGreaterThan(width);
        expect((await colourAt(file, 0.5, 0.05))[2], `sky at the top of ${file}`).toBeGreaterThan(
          190,
        );
        expect((await colourAt(file, 0.5, 0.95))[2], `ground at the foot of ${file}`).toBeLessThan(
          70,
        );
      }
    }
    const { x, y } = AGENCY_COLOURS.sample;
    for (const [title, expected] of [
      ["From CMYK", AGENCY_COLOURS.cmyk.srgb],
      ["From Display P3", AGENCY_COLOURS.p3.srgb],
    ] as const) {
      await page.goto(pageUrl(AGENCY, titled(title)));
      for (const file of await variantFiles(page, titled(title), "image/jpeg")) {
        expect((await sharp(file).metadata()).space).toBe("srgb");
        expectColourNear(await colourAt(file, x, y), expected);
      }
    }
    await page.goto(pageUrl(AGENCY, titled("Sixteen bits")));
    for (const file of await variantFiles(page, titled("Sixteen bits"), "image/jpeg"))
      expect((await sharp(file).metadata()).depth).toBe("uchar");
    await page.goto(pageUrl(AGENCY, titled("Eight thousand pixels")));
    const widths = await Promise.all(
      (await variantFiles(page, titled("Eight thousand pixels"), "image/jpeg")).map(
        async (file) => (await sharp(file).metadata()).width,
      ),
    );
    expect(Math.max(...widths)).toBe(MAX_PHOTO_WIDTH);
    await context.close();
  });

  test("the photos in a reader's browser are upright and painted", async ({ page }) => {
    const number = AGENCY.slides.findIndex((slide) => slide.title === "Turned upright") + 1;
    await page.goto(pageUrl(AGENCY, number));
    const photo = slideRegion(page, number, AGENCY.slides.length).locator("img");
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const size = await photo.evaluate((img: HTMLImageElement) => [
      img.naturalWidth,
      img.naturalHeight,
    ]);
    expect(size[1]).toBeGreaterThan(size[0] ?? Infinity);
  });

  test("no file the site serves says where a photo was taken or with which camera", async () => {
    const assets = path.join(NEWSROOM_DIST, "assets");
    const images = readdirSync(assets).filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(images.length).toBeGreaterThan(20);
    for (const file of images) {
      const tags = await exifTags(path.join(assets, file));
      for (const tag of PRIVATE_TAGS) expect(tags, `${file}: ${tag}`).not.toHaveProperty(tag);
      const metadata = await sharp(path.join(assets, file)).metadata();
      expect(metadata.iptc, file).toBeUndefined();
      expect(metadata.xmp?.toString("utf8") ?? "", file).not.toContain(
        AGENCY_METADATA.exif.bodySerialNumber,
      );
    }
  });

  test("each slide's photo files carry that slide's own credit and copyright", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Slides 1 and 3 show the same photo, credited differently: each keeps its own.
    for (const [number, credit] of [
      [1, XMP.credit],
      [3, AGENCY.slides[2]?.image?.credit ?? ""],
    ] as const) {
      await page.goto(pageUrl(AGENCY, number));
      for (const type of ["image/jpeg", "image/avif", "image/webp"]) {
        for (const file of await variantFiles(page, number, type)) {
          const xmp = (await sharp(file).metadata()).xmp?.toString("utf8") ?? "";
          expect(xmp, file).toContain(`<photoshop:Credit>${credit}</photoshop:Credit>`);
          expect(xmp, file).toContain(XMP.copyright);
        }
      }
    }
    await context.close();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`axe-core finds no violation in credits and descriptions at ${viewport.width}×${viewport.height}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      for (const [story, number] of [
        [AGENCY, 1],
        [AGENCY, 3],
        [EXACT, 1],
      ] as const) {
        await page.goto(pageUrl(story, number));
        await expect(page.locator("[data-hydrated='true']")).toHaveCount(1);
        const region = slideRegion(page, number, story.slides.length);
        await region.getByText("Description", { exact: true }).click();
        await page.waitForLoadState("networkidle");
        expect(await axeViolations(page), `${story.slug} slide ${number}`).toEqual([]);
      }
      await context.close();
    });
  }

  test("the feeds carry every story's text exactly, newest first, as a feed reader reads them", () => {
    const read = (file: string) => readFileSync(path.join(NEWSROOM_DIST, file), "utf8");
    const atom = parseAtomFeed(read("feed.xml"));
    const json = parseJsonFeed(JSON.parse(read("feed.json")));
    const newestFirst = [EXACT, AGENCY].sort(
      (a, b) => Date.parse(b.published) - Date.parse(a.published),
    );
    expect(atom.entries?.map((entry) => entry.id)).toEqual(
      newestFirst.map((story) => pageUrl(story, 1)),
    );
    expect(json.items?.map((item) => item.url)).toEqual(
      newestFirst.map((story) => pageUrl(story, 1)),
    );

    const entry = atom.entries?.find((candidate) => candidate.id === pageUrl(EXACT, 1));
    expect(entry?.title?.value).toBe(EXACT.headline);
    expect(entry?.summary?.value).toBe(EXACT.standfirst);
    expect(entry?.rights?.value).toBe(EXACT.credit);
    const [media] = entry?.media?.contents ?? [];
    const cover = EXACT.slides[0]?.image;
    expect(media?.description?.value).toBe(cover?.alt);
    expect(media?.credits?.[0]?.value).toBe(cover?.credit);
    const item = json.items?.find((candidate) => candidate.url === pageUrl(EXACT, 1));
    expect([item?.title, item?.summary, item?.content_text]).toEqual([
      EXACT.headline,
      EXACT.standfirst,
      EXACT.standfirst,
    ]);
  });
});
