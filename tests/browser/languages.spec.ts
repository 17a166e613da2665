import { devices, type Locator, type Page } from "@playwright/test";
import { formatDateline } from "../../src/story/dateline";
import type { StorySource } from "../../src/story/storySchema";
import { MESSAGES } from "../messagesFixture";
import { axeViolations } from "./axe";
import { readStoryJson } from "./exactText";
import { startLanguageSite, type LanguageSite } from "./languagesSite";
import { expect, test } from "./pageErrors";

/** Right to left, with an English name in a caption. */
const ARABIC = readStoryJson("tests/fixtures/languages/hadiqa/story.json");
/** Left to right, in a language that is not English; it names its English version. */
const VIETNAMESE = readStoryJson("tests/fixtures/languages/cho-hoa/story.json");
/** The same story in English, one slide shorter. */
const ENGLISH_VERSION = readStoryJson("tests/fixtures/languages/flower-market/story.json");
/** And in Korean; it names the Vietnamese version, which links it to the English one too. */
const KOREAN_VERSION = readStoryJson("tests/fixtures/languages/kkot-sijang/story.json");

/** Right to left, in a language the interface has no catalogue for: its interface is English. */
const HEBREW = readStoryJson("tests/fixtures/languages/gina/story.json");

/** The versions of the flower market story, as their pages name them, x-default (English) last. */
const VERSIONS = [
  { story: ENGLISH_VERSION, hreflang: "en", name: "English", button: "EN, Other languages" },
  { story: KOREAN_VERSION, hreflang: "ko", name: "한국어", button: "KO, 다른 언어" },
  { story: VIETNAMESE, hreflang: "vi", name: "Tiếng Việt", button: "VI, Ngôn ngữ khác" },
] as const;

/** The address of the slide of `story` that stands for slide `number` of another version. */
function versionPath(story: StorySource, number: number): string {
  const slide = Math.min(number, story.slides.length);
  return slide === 1 ? `/${story.slug}` : `/${story.slug}/${slide}`;
}

/** The alternates a versioned page at slide `number` must name: each version, then x-default. */
function expectedAlternates(number: number): [string, string][] {
  return [
    ...VERSIONS.map(({ story, hreflang }): [string, string] => [
      hreflang,
      versionPath(story, number),
    ]),
    ["x-default", versionPath(ENGLISH_VERSION, number)],
  ];
}

/** `hreflang` and the path of each `<link rel="alternate" hreflang>` in a page or sitemap entry. */
function alternatesIn(markup: string): [string, string][] {
  return [
    ...markup.matchAll(/<(?:link|xhtml:link) rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
  ].map(([, hreflang = "", href = ""]) => [hreflang, new URL(href).pathname]);
}

/**
 * The two stories under test. `listed` is the story list's link to each: the Arabic story by its
 * headline, the Vietnamese one by its language beside its English version's card.
 */
const STORIES = [
  {
    story: ARABIC,
    language: "ar",
    dir: "rtl",
    month: "مارس",
    listed: ARABIC.headline,
    // Newest first: the Hebrew story, then the flower market once, in the site's language,
    // whatever its versions.
    others: ["/gina", "/flower-market"],
  },
  {
    story: VIETNAMESE,
    language: "vi",
    dir: "ltr",
    month: "tháng 2",
    listed: "Tiếng Việt",
    // None of its own versions.
    others: ["/gina", "/hadiqa"],
  },
] as const;

const ENGLISH = MESSAGES.en;

/**
 * The two sizes, as the config's projects set them. The site is built once, in the desktop
 * project (@build), and every test runs at both sizes there: two builds of the same photos at
 * once would race for the photo cache.
 */
const SIZES = [
  [
    "phone",
    {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      userAgent: devices["Pixel 7"].userAgent,
    },
  ],
  ["desktop", { viewport: { width: 1440, height: 900 } }],
] as const;

/** Every English interface string a story's page could show or name, but for bare numbers. */
function englishStrings(count: number): string[] {
  const numbered = Array.from({ length: count }, (_, index) => [
    ENGLISH.slideOfCount(index + 1, count),
    ENGLISH.loadingSlide(index + 1),
    ENGLISH.untitledSlide(index + 1),
  ]).flat();
  const words = Object.values(ENGLISH).filter(
    (value): value is string => typeof value === "string" && value.length > 3,
  );
  return [...words, ...numbered, ENGLISH.slideCount(count)];
}

/** Every piece of text the story itself brings, which is never translated. */
function storyStrings(story: StorySource): string[] {
  return [
    story.headline,
    story.standfirst,
    story.credit ?? "",
    formatDateline(story.published, story.timeZoneLabel, story.lang),
    ...story.slides.flatMap((slide) => [
      slide.title,
      slide.caption ?? "",
      slide.image?.alt ?? "",
      ...(slide.body ?? []),
    ]),
  ].filter((text) => text !== "");
}

/** The words the page shows and the names it gives its parts, without the story's own text. */
async function interfaceWords(page: Page, story: StorySource): Promise<string> {
  const all = await page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll("[aria-label], [title], [alt]")].flatMap((element) =>
        ["aria-label", "title", "alt"].map((name) => element.getAttribute(name) ?? ""),
      ),
    ].join("\n"),
  );
  // The longest first, so that a title inside a caption does not break the caption apart.
  const own = storyStrings(story).sort((a, b) => b.length - a.length);
  return own.reduce((text, words) => text.split(words).join("\n"), all);
}

/** The box of `locator` on screen; fails if it has none. */
async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on screen`);
  return box;
}

/**
 * Where the first line of `locator`'s text stands within the element: the gap between the
 * element's left edge and the text, and between the text and its right edge, in pixels.
 */
function textGaps(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const line = range.getClientRects()[0];
    const box = element.getBoundingClientRect();
    if (!line) throw new Error("the element has no text on screen");
    return { left: line.left - box.left, right: box.right - line.right };
  });
}

test.use({ bypassCSP: true });

test.describe("stories in other languages and directions @build", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 });

  let site: LanguageSite | undefined;

  test.beforeAll(async () => {
    test.setTimeout(420_000);
    site = await startLanguageSite("dist-languages");
  });

  test.afterAll(async () => {
    await site?.stop();
  });

  function slideUrl(story: StorySource, number: number): string {
    if (!site) throw new Error("the language site did not start");
    return `${site.origin}/${story.slug}${number === 1 ? "" : `/${number}`}`;
  }

  /** Opens slide `number` and waits until the app has taken it over and shows it. */
  async function open(page: Page, story: StorySource, number: number): Promise<void> {
    await page.goto(slideUrl(story, number));
    await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
    await expect(page.locator(`[data-slide="${number}"]`)).toBeInViewport({ ratio: 0.9 });
  }

  for (const [size, options] of SIZES)
    for (const { story, language, dir, month, listed, others } of STORIES) {
      const say = MESSAGES[language];
      const count = story.slides.length;

      test.describe(`${story.slug} (${language}, ${dir}) on a ${size}`, () => {
        test.use(options);

        test("says its language and direction on the page and on the story", async ({
          page,
          pageErrors,
        }) => {
          await open(page, story, 2);
          await expect(page.locator("html")).toHaveAttribute("lang", language);
          await expect(page.locator("html")).toHaveAttribute("dir", dir);
          const article = page.getByRole("article", { name: story.headline });
          await expect(article).toHaveAttribute("lang", story.lang);
          await expect(article).toHaveAttribute("dir", dir);
          expect(pageErrors).toEqual([]);
        });

        test("keeps the direction right when the reader leaves and comes back", async ({
          page,
          pageErrors,
        }) => {
          await open(page, story, 2);
          await page.getByRole("link", { name: say.allStories, exact: true }).click();
          await expect(page).toHaveURL(`${site?.origin ?? ""}/`);
          // The story list speaks the site's language, English, left to right.
          await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
          await expect(page.locator("html")).toHaveAttribute("lang", "en");
          await page.getByRole("link", { name: listed }).click();
          await expect(page).toHaveURL(slideUrl(story, 1));
          await expect(page.locator("html")).toHaveAttribute("dir", dir);
          await expect(page.locator("html")).toHaveAttribute("lang", language);
          expect(pageErrors).toEqual([]);
        });

        test(`is laid out ${dir === "rtl" ? "mirrored" : "from the left"}`, async ({
          page,
          pageErrors,
        }, testInfo) => {
          await open(page, story, 2);
          const width = page.viewportSize()?.width ?? 0;
          const home = await boxOf(page.getByRole("link", { name: say.allStories, exact: true }));
          const steps = await boxOf(page.getByRole("navigation", { name: say.slideSteps }));
          const progress = await boxOf(page.locator('[data-part="progress"]'));
          const filled = (2 / count) * width;
          if (dir === "rtl") {
            // The bar starts on the right: "All stories" at its right edge, the progress filling
            // from the right, and the steps at the other side.
            expect(width - (home.x + home.width)).toBeLessThan(24);
            expect(steps.x + steps.width).toBeLessThan(width / 2);
            expect(Math.abs(progress.x + progress.width - width)).toBeLessThan(2);
            expect(Math.abs(progress.width - filled)).toBeLessThan(2);
          } else {
            expect(home.x).toBeLessThan(24);
            expect(steps.x).toBeGreaterThan(width / 2);
            expect(Math.abs(progress.x)).toBeLessThan(2);
            expect(Math.abs(progress.width - filled)).toBeLessThan(2);
          }
          // Text starts where a line starts in the story's language.
          const slide = page.locator('[data-slide="2"]');
          const title = slide.getByRole("heading", { name: story.slides[1]?.title ?? "" });
          const gaps = await textGaps(title);
          if (dir === "rtl") expect(gaps.right).toBeLessThan(1);
          else expect(gaps.left).toBeLessThan(1);
          // On a desktop the panel stands at the start side of the screen.
          if (width >= 960) {
            const panel = await boxOf(slide.locator('[data-part="panel"]'));
            if (dir === "rtl") expect(panel.x).toBeGreaterThan(width / 2);
            else expect(panel.x + panel.width).toBeLessThan(width / 2);
          }
          await page.waitForLoadState("networkidle");
          await page.screenshot({ path: testInfo.outputPath(`${story.slug}-slide-2.png`) });
          await page.getByRole("button", { name: say.contents }).click();
          const contents = page.getByRole("dialog", { name: say.contents });
          await expect(contents).toBeVisible();
          // The contents run from the start side too: its first slide is where a line starts.
          const list = await boxOf(contents.getByRole("list"));
          const first = await boxOf(contents.getByRole("link").first());
          if (dir === "rtl") expect(list.x + list.width - (first.x + first.width)).toBeLessThan(24);
          else expect(first.x - list.x).toBeLessThan(24);
          await page.screenshot({ path: testInfo.outputPath(`${story.slug}-contents.png`) });
          expect(pageErrors).toEqual([]);
        });

        for (const [where, number] of [
          ["the cover", 1],
          ["slide 2", 2],
          ["the last slide", count],
        ] as const) {
          test(`has no axe violation on ${where}`, async ({ page, pageErrors }) => {
            await open(page, story, number);
            await page.waitForLoadState("networkidle");
            expect(await axeViolations(page)).toEqual([]);
            expect(pageErrors).toEqual([]);
          });
        }

        test("has no axe violation with the contents open", async ({ page, pageErrors }) => {
          await open(page, story, 2);
          await page.getByRole("button", { name: say.contents }).click();
          await expect(page.getByRole("dialog", { name: say.contents })).toBeVisible();
          await page.waitForLoadState("networkidle");
          expect(await axeViolations(page)).toEqual([]);
          expect(pageErrors).toEqual([]);
        });

        test("keeps every control of the bar on one row, inside the screen", async ({
          page,
          pageErrors,
        }) => {
          await open(page, story, 2);
          const width = page.viewportSize()?.width ?? 0;
          const bar = page.getByRole("navigation", { name: say.storyNavigation });
          const controls = await bar.getByRole("link").or(bar.getByRole("button")).all();
          expect(controls.length).toBeGreaterThanOrEqual(4);
          const boxes = await Promise.all(controls.map(boxOf));
          for (const box of boxes) {
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(width);
            expect(box.height).toBeLessThanOrEqual(48);
          }
          // Each label on one line: a label broken in two would still fit a 44 px button.
          const labelLines = await Promise.all(
            controls.map((control) =>
              control.evaluate((element) => {
                const range = document.createRange();
                range.selectNodeContents(element);
                const tops = [...range.getClientRects()]
                  .filter((rect) => rect.width > 0)
                  .map((rect) => Math.round(rect.top / 4));
                return new Set(tops).size;
              }),
            ),
          );
          expect(
            labelLines.every((lines) => lines <= 1),
            `lines: ${labelLines.join(", ")}`,
          ).toBe(true);
          const tops = boxes.map((box) => Math.round(box.y));
          expect(new Set(tops).size, `controls at ${tops.join(", ")}`).toBe(1);
          expect(pageErrors).toEqual([]);
        });

        test("announces the next slide in the story's language after ArrowDown", async ({
          page,
          pageErrors,
        }) => {
          await open(page, story, 1);
          await page.keyboard.press("ArrowDown");
          // Keys keep their meaning in either direction: down is the next slide.
          await expect(page).toHaveURL(slideUrl(story, 2));
          const caption = story.slides[1]?.caption ?? "";
          await expect(page.locator('[role="status"][aria-live="polite"]').first()).toHaveText(
            say.announcement("photo", 2, count, caption),
          );
          expect(pageErrors).toEqual([]);
        });

        for (const [where, number] of [
          ["the cover", 1],
          ["the last slide", count],
        ] as const) {
          test(`shows no English interface string on ${where}`, async ({ page, pageErrors }) => {
            await open(page, story, number);
            const english = englishStrings(count);
            const words = await interfaceWords(page, story);
            expect(english.filter((text) => words.includes(text))).toEqual([]);
            await page.getByRole("button", { name: say.contents }).click();
            await expect(page.getByRole("dialog", { name: say.contents })).toBeVisible();
            const contentsWords = await interfaceWords(page, story);
            expect(english.filter((text) => contentsWords.includes(text))).toEqual([]);
            expect(pageErrors).toEqual([]);
          });
        }

        test("its ending speaks the story's language and offers the other stories", async ({
          page,
          pageErrors,
        }, testInfo) => {
          if (!site) throw new Error("the language site did not start");
          await page.goto(`${site.origin}/${story.slug}/end`);
          await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
          const ending = page.getByRole("region", { name: say.theEnd });
          await expect(ending).toBeInViewport({ ratio: 0.9 });
          await expect(page).toHaveTitle(say.endingTitle(story.headline));
          await expect(page.locator("html")).toHaveAttribute("lang", language);
          await expect(page.locator("html")).toHaveAttribute("dir", dir);
          const more = ending.getByRole("navigation", { name: say.moreStories });
          const links = await more
            .getByRole("link")
            .evaluateAll((all) =>
              all.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
            );
          expect(links).toEqual([...others, "/"]);
          await expect(more.getByRole("img")).toHaveCount(others.length);
          const words = await interfaceWords(page, story);
          expect(englishStrings(count).filter((text) => words.includes(text))).toEqual([]);
          await page.waitForLoadState("networkidle");
          expect(await axeViolations(page)).toEqual([]);
          await page.screenshot({ path: testInfo.outputPath(`${story.slug}-ending.png`) });
          expect(pageErrors).toEqual([]);
        });

        test("writes the dateline in the story's language, the same before and after the app", async ({
          page,
          request,
          pageErrors,
        }) => {
          const dateline = formatDateline(story.published, story.timeZoneLabel, story.lang);
          expect(dateline).toContain(month);
          expect(dateline).toContain(story.timeZoneLabel);
          const prerendered = await (await request.get(slideUrl(story, 1))).text();
          expect(prerendered).toContain(`>${dateline}</time>`);
          await open(page, story, 1);
          await expect(page.locator(`time[datetime="${story.published}"]`).first()).toHaveText(
            dateline,
          );
          expect(pageErrors).toEqual([]);
        });
      });
    }

  test.describe("language versions", () => {
    test("every slide page names the same slide in each version, and x-default", async ({
      request,
    }) => {
      for (const { story } of VERSIONS)
        for (let number = 1; number <= story.slides.length; number += 1) {
          const html = await (await request.get(slideUrl(story, number))).text();
          expect({ page: versionPath(story, number), alternates: alternatesIn(html) }).toEqual({
            page: versionPath(story, number),
            alternates: expectedAlternates(number),
          });
        }
      // A story in one language names no alternate.
      const alone = await (await request.get(slideUrl(ARABIC, 2))).text();
      expect(alternatesIn(alone)).toEqual([]);
    });

    test("the story list shows the story once, in English, with its other languages", async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`${site?.origin ?? ""}/`);
      await page.waitForLoadState("networkidle");
      const card = page.getByRole("listitem").filter({ hasText: ENGLISH_VERSION.headline });
      await expect(card).toContainText("Also in 한국어 · Tiếng Việt");
      await expect(card.getByRole("link", { name: "한국어" })).toHaveAttribute("hreflang", "ko");
      for (const other of [VIETNAMESE, KOREAN_VERSION])
        await expect(page.getByText(other.headline)).toHaveCount(0);
      // The Arabic and the Hebrew story, in one language each, have their own cards.
      await expect(page.getByRole("listitem")).toHaveCount(3);
      expect(pageErrors).toEqual([]);
    });

    test("the sitemap lists each slide with its versions", async ({ request }) => {
      const sitemap = await (await request.get(`${site?.origin ?? ""}/sitemap.xml`)).text();
      const entries = new Map(
        [...sitemap.matchAll(/<url>\s*<loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map(
          ([, loc = "", rest = ""]) => [new URL(loc).pathname, alternatesIn(rest)],
        ),
      );
      for (const { story } of VERSIONS)
        for (let number = 1; number <= story.slides.length; number += 1)
          expect(entries.get(versionPath(story, number))).toEqual(expectedAlternates(number));
      expect(entries.get(versionPath(ARABIC, 2))).toEqual([]);
    });

    for (const [size, options] of SIZES)
      test.describe(`on a ${size}`, () => {
        test.use(options);

        /** Opens the bar's list of languages and picks `name`. */
        async function switchTo(page: Page, button: string, name: string): Promise<void> {
          await page.getByRole("button", { name: button }).click();
          const list = page.getByRole("list", { name: button.split(", ")[1] ?? button });
          await expect(list).toBeVisible();
          await list.getByRole("link", { name }).click();
        }

        test("the language switch keeps the slide, or goes to the nearest", async ({
          page,
          pageErrors,
        }, testInfo) => {
          await open(page, VIETNAMESE, 3);
          await page.getByRole("button", { name: "VI, Ngôn ngữ khác" }).click();
          const list = page.getByRole("list", { name: "Ngôn ngữ khác" });
          await expect(list).toBeVisible();
          await expect(list.getByRole("link", { name: "Tiếng Việt" })).toHaveAttribute(
            "aria-current",
            "page",
          );
          await page.screenshot({ path: testInfo.outputPath("language-switch.png") });
          await list.getByRole("link", { name: "English" }).click();
          await expect(page).toHaveURL(slideUrl(ENGLISH_VERSION, 3));
          await expect(page.locator("html")).toHaveAttribute("lang", "en");
          await expect(page.locator('[data-slide="3"]')).toBeInViewport({ ratio: 0.9 });
          await expect(list).toBeHidden();

          await switchTo(page, "EN, Other languages", "한국어");
          await expect(page).toHaveURL(slideUrl(KOREAN_VERSION, 3));
          await expect(page.locator("html")).toHaveAttribute("lang", "ko");
          await expect(page.locator('[data-slide="3"]')).toBeInViewport({ ratio: 0.9 });

          // The English version is a slide shorter: its last slide stands for the fifth.
          await page.keyboard.press("End");
          await page.keyboard.press("ArrowUp");
          await expect(page).toHaveURL(slideUrl(KOREAN_VERSION, 5));
          await switchTo(page, "KO, 다른 언어", "English");
          await expect(page).toHaveURL(slideUrl(ENGLISH_VERSION, 4));
          await expect(page.locator('[data-slide="4"]')).toBeInViewport({ ratio: 0.9 });

          // Back returns to the version the reader came from.
          await page.goBack();
          await expect(page).toHaveURL(slideUrl(KOREAN_VERSION, 5));
          await expect(page.locator("html")).toHaveAttribute("lang", "ko");
          expect(pageErrors).toEqual([]);
        });

        test("the list of languages has no axe violation", async ({ page, pageErrors }) => {
          await open(page, KOREAN_VERSION, 2);
          await page.getByRole("button", { name: "KO, 다른 언어" }).click();
          await expect(page.getByRole("list", { name: "다른 언어" })).toBeVisible();
          await page.waitForLoadState("networkidle");
          expect(await axeViolations(page)).toEqual([]);
          expect(pageErrors).toEqual([]);
        });

        test("the language switch works without JavaScript", async ({ browser }) => {
          const context = await browser.newContext({ ...options, javaScriptEnabled: false });
          const page = await context.newPage();
          await page.goto(slideUrl(VIETNAMESE, 4));
          await page.getByRole("button", { name: "VI, Ngôn ngữ khác" }).click();
          const english = page
            .getByRole("list", { name: "Ngôn ngữ khác" })
            .getByRole("link", { name: "English" });
          await expect(english).toBeVisible();
          await english.click();
          await expect(page).toHaveURL(slideUrl(ENGLISH_VERSION, 4));
          await expect(
            page.getByRole("heading", { name: ENGLISH_VERSION.slides[3]?.title ?? "" }),
          ).toBeVisible();
          await context.close();
        });
      });
  });

  test("a right-to-left story with an English interface is mirrored, its counter read left to right", async ({
    page,
    pageErrors,
  }) => {
    await open(page, HEBREW, 1);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("article", { name: HEBREW.headline })).toHaveAttribute(
      "lang",
      "he",
    );
    const home = await boxOf(page.getByRole("link", { name: ENGLISH.allStories, exact: true }));
    expect((page.viewportSize()?.width ?? 0) - (home.x + home.width)).toBeLessThan(24);
    // "1 / 2" holds no letter, so only its own direction keeps the 1 on the left of the 2.
    const counter = page.getByRole("banner").getByText(ENGLISH.counter(1, 2), { exact: true });
    await expect(counter).toBeVisible();
    const [one, two] = await counter.evaluate((element) => {
      const text = element.firstChild;
      const place = (index: number) => {
        const range = document.createRange();
        range.setStart(text as Node, index);
        range.setEnd(text as Node, index + 1);
        return range.getBoundingClientRect().x;
      };
      const written = element.textContent ?? "";
      return [place(written.indexOf("1")), place(written.indexOf("2"))];
    });
    expect(one).toBeLessThan(two ?? 0);
    expect(pageErrors).toEqual([]);
  });
});
