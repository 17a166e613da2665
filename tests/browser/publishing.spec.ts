import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, removeExpected, test } from "./pageErrors";
import sharp from "sharp";
import { HEADLINE, SLIDE_COUNT, expectCurrentSlideToBe, slideUrl } from "./reader";

const DIST = "dist";
const ORIGIN = "http://localhost:4173";
/** The first screen must arrive in the first round trip. */
const HTML_BUDGET_GZIP = 14 * 1024;

function sitemapPaths(): string[] {
  const sitemap = readFileSync(path.join(DIST, "sitemap.xml"), "utf8");
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? "").pathname,
  );
}

function htmlFile(route: string): string {
  return path.join(DIST, route, "index.html");
}

async function meta(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head ${selector}`).first().getAttribute("content");
}

test.describe("the page the build writes for every route", () => {
  test("the sitemap lists the story list and every slide once", () => {
    expect(sitemapPaths()).toEqual([
      "/",
      ...Array.from({ length: SLIDE_COUNT }, (_, index) => slideUrl(index + 1)),
    ]);
  });

  test("every route's HTML fits the first round trip, and is about the same size at every slide", () => {
    // The ending is out of the sitemap, but a page of the build like the others.
    const sizes = [...sitemapPaths(), "/404", "/hanoi-summit/end"].map((route) => {
      const file = route === "/404" ? path.join(DIST, "404.html") : htmlFile(route);
      return gzipSync(readFileSync(file)).length;
    });
    for (const size of sizes) expect(size).toBeLessThanOrEqual(HTML_BUDGET_GZIP);
    const slides = sizes.slice(1, 1 + SLIDE_COUNT);
    expect(Math.max(...slides) / Math.min(...slides)).toBeLessThan(1.5);
  });

  for (let slide = 1; slide <= SLIDE_COUNT; slide += 1) {
    test(`slide ${slide} has its title, description, share card, canonical link and JSON-LD`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(slideUrl(slide));
      const url = `${ORIGIN}${slideUrl(slide)}`;
      const captions = page.locator(`[data-slide="${slide}"] [data-part="caption"]`);
      const caption = (await captions.count()) ? await captions.textContent() : null;
      const title = await page.title();
      if (slide === 1) expect(title).toBe(HEADLINE);
      else expect(title).toMatch(new RegExp(`\\(${slide}/${SLIDE_COUNT}\\) · ${HEADLINE}$`));
      const description = await meta(page, 'meta[name="description"]');
      if (caption) expect(description).toBe(caption);
      else expect(description?.length).toBeGreaterThan(20);
      expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toBe(url);
      expect(await meta(page, 'meta[property="og:url"]')).toBe(url);
      expect(await meta(page, 'meta[property="og:type"]')).toBe("article");
      expect(await meta(page, 'meta[property="og:title"]')).toBe(title);
      expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
      expect(await meta(page, 'meta[property="article:published_time"]')).toBe(
        "2019-02-27T07:56:00-08:00",
      );
      expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");

      const image = await meta(page, 'meta[property="og:image"]');
      expect(image).toMatch(new RegExp(`^${ORIGIN}/assets/0\\d-[^/]+\\.jpe?g$`));
      if (slide <= 6) expect(image).toContain(`/assets/0${slide}-`);
      const width = Number(await meta(page, 'meta[property="og:image:width"]'));
      const height = Number(await meta(page, 'meta[property="og:image:height"]'));
      expect(width).toBeGreaterThanOrEqual(1200);
      expect(height).toBeGreaterThanOrEqual(630);
      const file = await sharp(path.join(DIST, new URL(image ?? "").pathname)).metadata();
      expect({ width: file.width, height: file.height }).toEqual({ width, height });
      expect(await meta(page, 'meta[name="twitter:image"]')).toBe(image);

      const jsonLd = JSON.parse(
        (await page.locator('head script[type="application/ld+json"]').textContent()) ?? "{}",
      );
      expect(jsonLd).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: HEADLINE,
      });
      // This slide's photo and the story's lead photo, once each: a page's data does not grow
      // with the story's length.
      expect(jsonLd.image).toHaveLength(slide >= 2 && slide <= 6 ? 2 : 1);
      expect(jsonLd.image[0].url).toBe(image);
      for (const object of jsonLd.image) {
        expect(object).toMatchObject({
          "@type": "ImageObject",
          creditText: "Photos by AFP, Reuters",
        });
        expect(object.url).toMatch(new RegExp(`^${ORIGIN}/assets/`));
      }
      await context.close();
    });
  }

  test("addresses the build did not write answer 404 with the not-found page", async ({
    request,
  }) => {
    for (const route of ["/nope", "/hanoi-summit/99", "/hanoi-summit/0", "/hanoi-summit/abc"]) {
      const response = await request.get(route);
      expect(response.status(), route).toBe(404);
      expect(await response.text()).toContain("This page is not part of any story");
    }
    expect((await request.get("/hanoi-summit/3")).status()).toBe(200);
    expect((await request.get("/robots.txt")).status()).toBe(200);
  });
});

test.describe("without JavaScript", () => {
  test("a reader can open slide 3 and follow Next to the end of the story", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(slideUrl(3));
    await expect(
      page.getByText("Kim smiles as he makes a point while Trump looks on."),
    ).toBeVisible();
    await expect(page.getByRole("img", { name: /two empty armchairs/ })).toBeVisible();
    for (let slide = 4; slide <= SLIDE_COUNT; slide += 1) {
      await page.getByRole("link", { name: "Next slide" }).click();
      await expect(page).toHaveURL(new RegExp(`${slideUrl(slide)}$`));
      await expect(page.getByText(`${slide} / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
    }
    await expect(page.getByText("Photos by AFP, Reuters")).toBeVisible();
    await expect(page.getByRole("link", { name: "Next slide" })).toHaveCount(0);
    await page.getByRole("link", { name: "Previous slide" }).click();
    await expect(page).toHaveURL(new RegExp(`${slideUrl(SLIDE_COUNT - 1)}$`));
    await context.close();
  });
});

test.describe("the app taking over the page", () => {
  test.use({ errorWatch: { warnings: true } });
  for (const route of ["/", slideUrl(1), slideUrl(5), "/nope", "/hanoi-summit/05"]) {
    test(`${route} starts with no console error or warning`, async ({
      page,
      pageErrors: problems,
    }) => {
      const response = await page.goto(route);
      if (route.startsWith("/hanoi-summit"))
        await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
      // Late warnings come with what loads after the app: wait until nothing more arrives.
      await page.waitForLoadState("networkidle");
      // A not-found page is answered with 404, and the browser says so.
      if (response?.status() === 404) removeExpected(problems, /404/);
      expect(problems).toEqual([]);
    });
  }

  test("links the web app manifest once the page is up, and it and its icons load", async ({
    page,
    request,
  }) => {
    // Linked from the HTML as served, Chromium would fetch it and an icon during the page load.
    const served = await (await request.get(slideUrl(1))).text();
    expect(served).toContain('class="cover__headline"');
    expect(served).not.toMatch(/rel="?manifest/);
    await page.goto(slideUrl(1));
    await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
    const link = page.locator('head link[rel="manifest"]');
    await expect(link).toHaveCount(1);
    const href = await link.evaluate((element: HTMLLinkElement) => element.href);
    const manifest = (await (await request.get(href)).json()) as {
      name: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe("Photo stories");
    expect(manifest.icons.map((icon) => icon.sizes)).toContain("512x512");
    for (const icon of manifest.icons) {
      const answer = await request.get(new URL(icon.src, href).href);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/png");
    }
  });
});

test.describe("sharing a slide", () => {
  test("copies the slide's canonical address where the browser cannot share", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
    });
    await page.goto(slideUrl(4));
    await expectCurrentSlideToBe(page, 4);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${ORIGIN}/hanoi-summit/4`,
    );
  });

  test("offers the address to copy by hand when the clipboard is refused", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      });
    });
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByText("Copy this link:")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Link to this slide" })).toHaveValue(
      `${ORIGIN}/hanoi-summit/2`,
    );
  });

  test("hands the slide's title, caption and address to the Web Share API", async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = calls;
      Object.defineProperty(Navigator.prototype, "share", {
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
        configurable: true,
      });
    });
    await page.goto(slideUrl(5));
    await expectCurrentSlideToBe(page, 5);
    await page.getByRole("button", { name: "Share" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([
        {
          title: `261 days · ${HEADLINE}`,
          text: "Kim told the press that the U.S. and North Korea have been able to overcome all the obstacles since he first met Trump 261 days ago.",
          url: `${ORIGIN}/hanoi-summit/5`,
        },
      ]);
  });
});
