import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./pageErrors";
import { photoBox } from "./photos";
import {
  expectCurrentSlideToBe,
  expectEndingShown,
  SERVED_ORIGIN,
  SLIDE_COUNT,
  slideUrl,
  STANDFIRST,
} from "./reader";

// The origin the pages are served from, whatever port the preview server was given.
const ORIGIN = SERVED_ORIGIN;

test.describe("bad networks", () => {
  test("photos that arrive seconds late leave the text readable and nothing shifts", async ({
    page,
    pageErrors: errors,
  }) => {
    await page.route(/\/assets\/.*\.(avif|webp|jpe?g)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await page.goto(slideUrl(4));
    await expectCurrentSlideToBe(page, 4);
    const slide = page.locator('[data-slide="4"]');
    await expect(slide.getByText(/The two leaders praised each other/)).toBeVisible();
    const box = await photoBox(slide).boundingBox();
    expect(box?.height).toBe(page.viewportSize()?.height);
    expect(await photoBox(slide).evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(
      /^url\("data:/,
    );
    await page.keyboard.press("ArrowDown");
    await expectCurrentSlideToBe(page, 5);
    await expect
      .poll(
        () =>
          page
            .locator('[data-slide="5"] img')
            .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        { timeout: 10_000 },
      )
      .toBe(true);
    const size = await photoBox(page.locator('[data-slide="5"]')).evaluate((el: HTMLElement) => [
      el.offsetWidth,
      el.offsetHeight,
    ]);
    expect(size).toEqual([page.viewportSize()?.width, page.viewportSize()?.height]);
    expect(errors).toEqual([]);
  });

  test.describe(() => {
    // The motion code is made to fail; the browser's own lines about it are no page error.
    test.use({ errorWatch: { failedFiles: true } });

    test("when the motion code fails to load, the story still reads and moves, in its final state", async ({
      page,
      pageErrors: errors,
    }) => {
      await page.route(/\/assets\/dom-mini-[^/]+\.js$/, (route) => route.abort("failed"));
      await page.goto(slideUrl(1));
      await expectCurrentSlideToBe(page, 1);
      for (const slide of [2, 3]) {
        await page.keyboard.press("ArrowDown");
        await expectCurrentSlideToBe(page, slide);
        const panel = page.locator(`[data-slide="${slide}"] [data-part="panel"]`);
        await expect.poll(() => panel.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
      }
      await expect(page.locator("[data-animated]")).toHaveAttribute("data-animated", "false");
      expect(errors).toEqual([]);
    });
  });

  test("when the enlarged view fails to load, it says so, and Try again loads it", async ({
    page,
  }) => {
    let blocked = true;
    await page.route(/\/assets\/PhotoZoom-[^/]+\.js$/, (route) =>
      blocked ? route.abort("failed") : route.continue(),
    );
    await page.goto(slideUrl(2));
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    const problem = page.getByRole("alertdialog");
    await expect(problem).toContainText("The enlarged photo could not be loaded");
    await expect(page.getByText("The two leaders clasped hands")).toBeVisible();
    blocked = false;
    await problem.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeHidden();
    await expectCurrentSlideToBe(page, 2);
  });
});

/**
 * Serves the site as the preview server does, except that a page's HTML arrives in two pieces,
 * `pause` apart, the first ending mid-way through the cover's text: a slow network's way.
 */
async function serveHtmlInPieces(pause: number): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const answer = async () => {
      const upstream = await fetch(`${ORIGIN}${request.url ?? "/"}`);
      const type = upstream.headers.get("content-type") ?? "application/octet-stream";
      if (!type.startsWith("text/html")) {
        response.writeHead(upstream.status, { "content-type": type });
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const html = await upstream.text();
      const cut = html.indexOf('class="cover__dateline"');
      if (cut < 0) throw new Error(`${request.url} has no cover dateline to cut the page at`);
      response.writeHead(upstream.status, { "content-type": type, "cache-control": "no-store" });
      response.write(html.slice(0, cut));
      await new Promise((resolve) => setTimeout(resolve, pause));
      response.end(html.slice(cut));
    };
    answer().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test.describe("a page that arrives slowly", () => {
  test("is first painted whole, so nothing shifts as the rest of it arrives", async ({ page }) => {
    const { origin, server } = await serveHtmlInPieces(800);
    try {
      await page.addInitScript((standfirst) => {
        const seen = { firstFrame: "", shifts: [] as number[] };
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            seen.shifts.push(entry.value);
          }
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() => {
          // The end of the cover's text, and the last part of the page.
          const cover = document.querySelector('[data-slide="1"]')?.textContent ?? "";
          const contents = document.getElementById("contents-title") ? "contents" : "";
          seen.firstFrame = `${cover.includes(standfirst) ? standfirst : ""}|${contents}`;
        });
      }, STANDFIRST);
      await page.goto(`${origin}/hanoi-summit`);
      await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
      const standfirst = await page
        .locator('[data-slide="1"]')
        .getByText(STANDFIRST, { exact: true })
        .textContent();
      expect(standfirst?.length).toBeGreaterThan(50);
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: { firstFrame: string; shifts: number[] } }).__seen,
      );
      expect(seen.firstFrame, "the first frame shows the whole cover and page").toBe(
        `${standfirst}|contents`,
      );
      expect(seen.shifts).toEqual([]);
    } finally {
      // The page still holds its connections open: close them, not wait for them.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

test.describe("security", () => {
  test("reading the whole story asks nothing of any other origin", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(slideUrl(1));
    await expectCurrentSlideToBe(page, 1);
    for (let slide = 2; slide <= SLIDE_COUNT; slide += 1) {
      await page.keyboard.press("ArrowDown");
      await expectCurrentSlideToBe(page, slide);
    }
    // On to the ending, whose covers and links are the site's own too.
    await page.keyboard.press("ArrowDown");
    await expectEndingShown(page);
    await page.getByRole("button", { name: "Contents" }).click();
    await page
      .getByRole("dialog", { name: "Contents" })
      .getByRole("link", { name: /Flags and flashes/ })
      .click();
    await expectCurrentSlideToBe(page, 2);
    await page.getByRole("button", { name: "Enlarge photo" }).click();
    await expect(page.getByRole("dialog", { name: "Photo, enlarged" })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(10);
    expect(
      requests.filter((url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith("data:")),
    ).toEqual([]);
  });

  test("every page carries a Content-Security-Policy that blocks an injected inline script", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    await page.goto(slideUrl(3));
    await expectCurrentSlideToBe(page, 3);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(/script-src ([^;]+)/.exec(policy ?? "")?.[1]).toBe("'self'");
    expect(policy).not.toContain("unsafe-eval");
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) =>
        document.addEventListener(
          "securitypolicyviolation",
          (event) => resolve(event.violatedDirective),
          { once: true },
        ),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      return {
        directive: await blocked,
        injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
      };
    });
    expect(ran).toEqual({ directive: "script-src-elem", injected: false });
    expect(violations.length).toBeGreaterThan(0);
    for (const route of ["/", "/nope", slideUrl(7)]) {
      await page.goto(route);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        "content",
        policy ?? "",
      );
    }
  });
});
