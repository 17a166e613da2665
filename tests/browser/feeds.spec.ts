import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import sharp from "sharp";
import { readStoryJson } from "./exactText";
import { expect, test } from "./pageErrors";
import { SERVED_ORIGIN, SLIDE_COUNT, slideUrl } from "./reader";

// The feeds of the real build, read by a feed parser from npm (feedsmith), as a feed reader would
// read them, and found from every page by the links a browser or a reader looks for.

const DIST = "dist";
/** The origin the build was made for (SITE_ORIGIN's default), which the feeds' addresses name. */
const ORIGIN = "http://localhost:4173";

/** The site's stories as story.json writes them, newest first. */
const STORIES = readdirSync("src/stories", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readStoryJson(path.join("src/stories", entry.name, "story.json")))
  .sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

const atom = () => parseAtomFeed(readFileSync(path.join(DIST, "feed.xml"), "utf8"));
const json = () => JSON.parse(readFileSync(path.join(DIST, "feed.json"), "utf8")) as unknown;

/** The built file an absolute address of the site names. */
function builtFile(url: string | undefined): string {
  return path.join(DIST, new URL(url ?? "").pathname);
}

test.describe("the feeds the build writes", () => {
  test("feed.xml is an Atom feed of every story, newest first, with its text, dates and language", async () => {
    const feed = atom();
    expect(feed.title?.value).toBe("Photo stories");
    expect(feed.id).toBe(`${ORIGIN}/`);
    expect(feed.links?.find((link) => link.rel === "self")?.href).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.xml?.lang).toBe("en");
    expect(feed.updated).toBe(STORIES[0]?.published);
    expect(
      feed.entries?.map((entry) => ({
        id: entry.id,
        link: entry.links?.find((link) => link.rel === "alternate")?.href,
        title: entry.title?.value,
        summary: entry.summary?.value,
        published: entry.published,
        lang: entry.xml?.lang,
        rights: entry.rights?.value,
      })),
    ).toEqual(
      STORIES.map((story) => ({
        id: `${ORIGIN}/${story.slug}`,
        link: `${ORIGIN}/${story.slug}`,
        title: story.headline,
        summary: story.standfirst,
        published: story.published,
        lang: story.lang,
        rights: story.credit,
      })),
    );
  });

  test("each Atom entry offers its cover as a JPEG the build wrote, of the size it says", async () => {
    const entries = atom().entries ?? [];
    expect(entries).toHaveLength(STORIES.length);
    for (const [index, entry] of entries.entries()) {
      const enclosure = entry.links?.find((link) => link.rel === "enclosure");
      const [media] = entry.media?.contents ?? [];
      expect(enclosure?.type).toBe("image/jpeg");
      expect(enclosure?.href).toMatch(new RegExp(`^${ORIGIN}/assets/[^/]+\\.jpe?g$`));
      expect(media?.url).toBe(enclosure?.href);
      expect(media?.type).toBe("image/jpeg");
      expect(media?.medium).toBe("image");
      const cover = STORIES[index]?.slides.find((slide) => slide.image)?.image;
      expect(media?.description?.value).toBe(cover?.alt);
      const file = await sharp(builtFile(enclosure?.href)).metadata();
      expect(file.format).toBe("jpeg");
      expect([file.width, file.height]).toEqual([media?.width, media?.height]);
      expect(file.width).toBeGreaterThanOrEqual(1200);
    }
  });

  test("feed.json is a JSON Feed 1.1 with the same stories, in the same order", async () => {
    const raw = json() as { version?: string };
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    const feed = parseJsonFeed(raw);
    expect(feed.title).toBe("Photo stories");
    expect(feed.home_page_url).toBe(`${ORIGIN}/`);
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(feed.language).toBe("en");
    const atomImages = (atom().entries ?? []).map(
      (entry) => entry.links?.find((link) => link.rel === "enclosure")?.href,
    );
    expect(
      feed.items?.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        image: item.image,
        date_published: item.date_published,
        language: item.language,
      })),
    ).toEqual(
      STORIES.map((story, index) => ({
        id: `${ORIGIN}/${story.slug}`,
        url: `${ORIGIN}/${story.slug}`,
        title: story.headline,
        summary: story.standfirst,
        image: atomImages[index],
        date_published: story.published,
        language: story.lang,
      })),
    );
  });

  for (const route of [
    "/",
    ...Array.from({ length: SLIDE_COUNT }, (_, i) => slideUrl(i + 1)),
    "/nope",
  ])
    test(`the page at ${route} links both feeds from its head, and they are there`, async ({
      browser,
      request,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(route);
      // A slide page also names its oEmbed document and its language versions as alternates.
      const feedLinks = page.locator(
        'head link[rel="alternate"]:is([type="application/atom+xml"], [type="application/feed+json"])',
      );
      const links = await feedLinks.evaluateAll((elements) =>
        elements.map((element) => [element.getAttribute("type"), element.getAttribute("href")]),
      );
      expect(links).toEqual([
        ["application/atom+xml", `${ORIGIN}/feed.xml`],
        ["application/feed+json", `${ORIGIN}/feed.json`],
      ]);
      await expect(feedLinks.first()).toHaveAttribute("title", "Photo stories");
      for (const [, href] of links) {
        const response = await request.get(`${SERVED_ORIGIN}${new URL(href ?? "").pathname}`);
        expect(response.status()).toBe(200);
      }
      await context.close();
    });
});

test.describe("the feeds and the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a feed opened in a tab comes from the network, never from the app's shell", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const response = await page.goto("/feed.xml");
    expect(await response?.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls.filter((url) => /feed\.(xml|json)$/.test(url));
    });
    expect(kept).toEqual([]);

    // Offline, the worker has nothing to stand in for a feed: the browser says it cannot load it.
    await context.setOffline(true);
    await expect(page.goto("/feed.json")).rejects.toThrow();
    await context.setOffline(false);
  });
});
