import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { buildSite, shellEnv } from "../../scripts/buildSite.mjs";

/** A second build of the site for a sub-folder of another origin, served beside the first. */
const BASE = "/stories/";
const ORIGIN = "https://news.example.org";
const PORT = 4175;
/** The build runs as from a shell: without the test runner's own Node options and hooks. */
const env = {
  ...shellEnv(process.env),
  BASE_PATH: BASE,
  SITE_ORIGIN: ORIGIN,
  OUT_DIR: "dist-base",
};

let server: ChildProcess | undefined;

test.describe("a build for a sub-folder @build", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await buildSite(env, { quiet: true });
    server = spawn("npx", ["vite", "preview", "--port", String(PORT), "--strictPort"], {
      env,
      detached: true,
      stdio: "ignore",
    });
    const answer = () =>
      fetch(`http://localhost:${PORT}${BASE}`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.status,
        () => 0,
      );
    await expect.poll(answer, { timeout: 30_000 }).toBe(200);
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
  });

  test("every page, asset and link stays inside the sub-folder", async ({ page }) => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://localhost:${PORT}${BASE}hanoi-summit/3`);
    await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByText("3 / 7", { exact: true })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(failed).toEqual([]);

    const urls = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "[href], [src], [srcset], [imagesrcset], meta[content^='http']",
        ),
      ].flatMap((element) => {
        const values = ["href", "src", "srcset", "imagesrcset", "content"].map(
          (name) => element.getAttribute(name) ?? "",
        );
        return values.flatMap((value) =>
          value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""),
        );
      }),
    );
    const addresses = urls.filter((url) => url.startsWith("/") || url.startsWith("http"));
    expect(addresses.length).toBeGreaterThan(20);
    for (const url of addresses) {
      expect(
        url.startsWith(BASE) ||
          url.startsWith(`${ORIGIN}${BASE}`) ||
          // The module preloads the app adds while it runs name the page's own origin.
          url.startsWith(`http://localhost:${PORT}${BASE}`) ||
          url.startsWith("https://schema.org"),
        url,
      ).toBe(true);
    }
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(
      `${ORIGIN}${BASE}hanoi-summit/3`,
    );

    await page.getByRole("link", { name: "Next slide" }).click();
    await expect(page).toHaveURL(`http://localhost:${PORT}${BASE}hanoi-summit/4`);
    await page.getByRole("link", { name: "All stories" }).click();
    await expect(page).toHaveURL(`http://localhost:${PORT}${BASE}`);
    await expect(page.getByRole("heading", { name: "Photo stories" })).toBeVisible();
  });

  test("an unknown address in the sub-folder gets the 404 page with a way back in", async ({
    page,
  }) => {
    const response = await page.goto(`http://localhost:${PORT}${BASE}hanoi-summit/42`);
    expect(response?.status()).toBe(404);
    await page.getByRole("link", { name: /Start reading/ }).click();
    await expect(page).toHaveURL(`http://localhost:${PORT}${BASE}hanoi-summit`);
    await expect(page.getByText("1 / 7", { exact: true })).toBeVisible();
  });

  test("the feeds name the stories, their covers and themselves inside the sub-folder", async ({
    request,
  }) => {
    const served = async (file: string) => {
      const response = await request.get(`http://localhost:${PORT}${BASE}${file}`);
      expect(response.status()).toBe(200);
      return response.text();
    };
    const atom = parseAtomFeed(await served("feed.xml"));
    const json = parseJsonFeed(JSON.parse(await served("feed.json")));
    expect(atom.id).toBe(`${ORIGIN}${BASE}`);
    expect(atom.links?.find((link) => link.rel === "self")?.href).toBe(`${ORIGIN}${BASE}feed.xml`);
    expect([json.home_page_url, json.feed_url]).toEqual([
      `${ORIGIN}${BASE}`,
      `${ORIGIN}${BASE}feed.json`,
    ]);
    const [entry] = atom.entries ?? [];
    const [item] = json.items ?? [];
    expect([entry?.id, item?.url]).toEqual([
      `${ORIGIN}${BASE}hanoi-summit`,
      `${ORIGIN}${BASE}hanoi-summit`,
    ]);
    const image = entry?.links?.find((link) => link.rel === "enclosure")?.href ?? "";
    expect(image.startsWith(`${ORIGIN}${BASE}assets/`), image).toBe(true);
    expect(image).toMatch(/\.jpe?g$/);
    expect(item?.image).toBe(image);
    const file = new URL(image).pathname.slice(BASE.length);
    expect(existsSync(path.join(env.OUT_DIR, file)), file).toBe(true);
    expect(readFileSync(path.join(env.OUT_DIR, "index.html"), "utf8")).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Photo stories" href="${ORIGIN}${BASE}feed.xml">`,
    );
  });
});
