import { readFileSync } from "node:fs";
import type { APIRequestContext, Frame, Page } from "@playwright/test";
import { expect, test } from "./pageErrors";
import { HOST_SCROLL, startHostPage, type HostPage } from "./hostPage";
import { SERVED_ORIGIN, SLIDE_COUNT, slideUrl } from "./reader";

// A slide embedded in another site's page: it reads, its keys work inside the frame, the host's
// history and scroll stay as they were, and the host hears the documented messages.

const EMBED = "/embed/hanoi-summit/3";

/** The oEmbed document a slide's page links, as a CMS would find it from the page's plain link. */
async function discoverOembed(page: Page, request: APIRequestContext, slide: number) {
  await page.goto(slideUrl(slide));
  const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`${slideUrl(slide)} links no oEmbed document`);
  const response = await request.get(new URL(href).pathname);
  expect(response.ok()).toBe(true);
  return { href, document: (await response.json()) as Record<string, unknown> };
}

/** The embed's frame in the host page, once its address is an embed's. */
function embedFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes("/embed/"));
  if (!frame) throw new Error("the host page has no embed frame");
  return frame;
}

/** The slide whose section covers the middle of the embed's frame. */
const slideInFrame = (page: Page) =>
  embedFrame(page).evaluate(() => {
    const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    return Number(hit?.closest("[data-slide]")?.getAttribute("data-slide") ?? 0);
  });

const hostMessages = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { embedMessages: { origin: string; data: unknown }[] }).embedMessages,
  );

test.describe("an embedded slide on another site", () => {
  let host: HostPage;

  test.beforeAll(async ({ request }) => {
    const response = await request.get("/oembed/hanoi-summit/3.json");
    const { html } = (await response.json()) as { html: string };
    // The build names the origin it will be served from; this preview may be on another port.
    host = await startHostPage(
      html.replace(/https?:\/\/[^/"]+\/embed\//, `${SERVED_ORIGIN}/embed/`),
    );
  });
  test.afterAll(() => host.stop());

  test("reads from slide 3, moves with its keys, and leaves the host's address, history and scroll alone", async ({
    page,
  }) => {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
    await expect(frame.getByText(`3 / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
    await expect.poll(() => slideInFrame(page)).toBe(3);

    await page.evaluate((top) => window.scrollTo(0, top), HOST_SCROLL);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(HOST_SCROLL);
    const before = { url: page.url(), history: await page.evaluate(() => history.length) };

    await frame.locator("#story").click({ position: { x: 10, y: 10 } });
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => embedFrame(page).url()).toBe(`${SERVED_ORIGIN}/embed/hanoi-summit/4`);
    await expect(frame.getByText(`4 / ${SLIDE_COUNT}`, { exact: true })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => embedFrame(page).url()).toBe(`${SERVED_ORIGIN}/embed/hanoi-summit/5`);

    await expect.poll(() => slideInFrame(page)).toBe(5);
    expect(page.url()).toBe(before.url);
    expect(await page.evaluate(() => history.length)).toBe(before.history);
    expect(await page.evaluate(() => window.scrollY)).toBe(HOST_SCROLL);
  });

  test("tells the host the slide shown and the height it wants, in the documented shape", async ({
    page,
  }) => {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
    await expect.poll(async () => (await hostMessages(page)).length).toBeGreaterThan(0);
    const [first] = await hostMessages(page);
    expect(first?.origin).toBe(SERVED_ORIGIN);
    expect(first?.data).toEqual({
      type: "photostory:embed",
      version: 1,
      story: "hanoi-summit",
      slide: 3,
      slides: SLIDE_COUNT,
      height: expect.any(Number),
    });

    await frame.locator("#story").click({ position: { x: 10, y: 10 } });
    await page.keyboard.press("ArrowDown");
    await expect
      .poll(async () =>
        (await hostMessages(page)).map(({ data }) => (data as { slide: number }).slide),
      )
      .toContain(4);

    // A narrower frame wants another height, and says so.
    const heights = async () =>
      new Set((await hostMessages(page)).map(({ data }) => (data as { height: number }).height));
    const known = (await heights()).size;
    await page.locator("iframe").evaluate((iframe) => {
      (iframe.parentElement as HTMLElement).style.maxWidth = "300px";
    });
    await expect.poll(async () => (await heights()).size).toBeGreaterThan(known);
  });

  test("opens the same slide on the site, in a new tab", async ({ page }) => {
    await page.goto(host.url);
    const link = page.frameLocator("iframe").getByRole("link", { name: "Open the full story" });
    await expect(link).toHaveAttribute("href", slideUrl(3));
    await expect(link).toHaveAttribute("target", "_blank");
  });
});

test.describe("embeds in the build", () => {
  test("a slide's page links its oEmbed document, whose code embeds that slide", async ({
    page,
    request,
  }) => {
    for (const slide of [1, 3]) {
      const { href, document } = await discoverOembed(page, request, slide);
      expect(new URL(href).pathname).toBe(`/oembed/hanoi-summit/${slide}.json`);
      expect(document).toMatchObject({ type: "rich", version: "1.0", width: 640, height: 800 });
      expect(document.title).toBe(await page.title());
      const html = String(document.html);
      const src = /<iframe src="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(new URL(src).pathname).toBe(`/embed/hanoi-summit/${slide}`);
      expect(html).toContain('loading="lazy"');
      expect(String(document.thumbnail_url)).toMatch(/^https?:\/\/.+\/assets\/.+\.jpe?g$/);
    }
  });

  test("an embed's page is kept out of search results and the sitemap, pointing at its slide", async ({
    page,
  }) => {
    await page.goto(EMBED);
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical ?? "").pathname).toBe(slideUrl(3));
    expect(readFileSync("dist/sitemap.xml", "utf8")).not.toContain("/embed/");
  });

  test("the hosts' headers let any site frame an embed, and no site frame anything else", () => {
    const headers = readFileSync("dist/_headers", "utf8");
    const block = (route: string) => headers.split(`\n${route}\n`)[1]?.split("\n\n")[0] ?? "";
    expect(block("/embed/*")).toMatch(/Content-Security-Policy: [^\n]*frame-ancestors \*$/m);
    expect(block("/*")).toMatch(/Content-Security-Policy: [^\n]*frame-ancestors 'none'$/m);
    expect(readFileSync("dist/embed-security-headers.conf", "utf8")).toContain("frame-ancestors *");
    expect(readFileSync("dist/security-headers.conf", "utf8")).toContain("frame-ancestors 'none'");
  });
});
