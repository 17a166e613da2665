import { describe, expect, it } from "vitest";
import story from "../../src/stories/hanoi-summit/story.json";
import { browserFor } from "./browserFor";
import { DESKTOP, KEY, PHONE, POLL, type Engine } from "./enginePage";
import { click, expectPhotoShown, gone, shown, type ByRole } from "./byRole";
import {
  HEADLINE,
  SLIDE_COUNT,
  expectCurrentSlideToBe,
  expectEndingShown,
  expectSlideToShow,
  slideText,
  slideUrl,
} from "./reader";
import { sampleSlideParts, sampledPartStates } from "./motionSamples";

const CONTENTS: ByRole = { role: "dialog", name: "Contents" };
const ZOOM: ByRole = { role: "dialog", name: "Photo, enlarged" };
const NOT_FOUND: ByRole = { role: "heading", name: "This page is not part of any story" };

/** The reader's main behaviours, in `engine`, at a desktop's size and a phone's. */
export function describeReaderOn(engine: Engine): void {
  for (const size of [DESKTOP, PHONE]) {
    describe(`${engine.name}, ${size.name} (${size.width}×${size.height})`, () => {
      const page = browserFor(engine, { size, reducedMotion: false });

      it("opens a slide's address on that slide, with its text", async () => {
        await page().goto(slideUrl(3));
        await expectCurrentSlideToBe(page(), 3);
        await expectSlideToShow(page(), 3, slideText(3).title);
        await expectSlideToShow(page(), 3, slideText(3).text);
      });

      it("moves with ArrowDown, ArrowUp, End and Home, and the address follows", async () => {
        await page().goto(slideUrl(3));
        await expectCurrentSlideToBe(page(), 3);
        for (const [key, slide] of [
          [KEY.ArrowDown, 4],
          [KEY.ArrowUp, 3],
        ] as const) {
          await page().press(key);
          await expectCurrentSlideToBe(page(), slide);
        }
        // End is the story's end: the ending after the last slide, one step up from it.
        await page().press(KEY.End);
        await expectEndingShown(page());
        for (const [key, slide] of [
          [KEY.ArrowUp, SLIDE_COUNT],
          [KEY.Home, 1],
        ] as const) {
          await page().press(key);
          await expectCurrentSlideToBe(page(), slide);
        }
      });

      it("moves the address once the reader's own scroll rests on another slide", async () => {
        await page().goto(slideUrl(2));
        await expectCurrentSlideToBe(page(), 2);
        const entries = await page().evaluate(() => history.length);
        // Straight there: a script's smooth scroll is no reader's gesture, and an engine may
        // re-snap it mid-way to where it started when the reader adds slides around it.
        await page().evaluate(() => {
          const story = document.querySelector("main");
          story?.scrollTo({ top: 3 * story.clientHeight, behavior: "instant" });
        });
        await expectCurrentSlideToBe(page(), 4);
        await expectSlideToShow(page(), 4, slideText(4).text);
        expect(await page().evaluate(() => history.length), "entries in history").toBe(entries);
      });

      // Only where the driver's wheel reaches the page as one turn (WebKitWebDriver sends each
      // turn followed by the same turn back): the test is not written for an engine that cannot.
      if (engine.turnsWheel)
        it("moves one slide for a turn of the mouse wheel", async () => {
          await page().goto(slideUrl(2));
          await expectCurrentSlideToBe(page(), 2);
          await page().wheel(size.width / 2, size.height / 2, size.height * 0.6);
          await expectCurrentSlideToBe(page(), 3);
        });

      it("leaves the story with Back and returns to the slide with Forward", async () => {
        await page().goto("/");
        await click(page(), { role: "link", name: HEADLINE });
        await expectCurrentSlideToBe(page(), 1);
        await page().press(KEY.ArrowDown);
        await expectCurrentSlideToBe(page(), 2);
        await page().press(KEY.ArrowDown);
        await expectCurrentSlideToBe(page(), 3);
        await page().back();
        await shown(page(), { role: "heading", name: "Photo stories" });
        expect(await page().evaluate(() => location.pathname)).toBe("/");
        await page().forward();
        await expectCurrentSlideToBe(page(), 3);
      });

      it("goes to the slide chosen in the contents", async () => {
        await page().goto(slideUrl(2));
        await expectCurrentSlideToBe(page(), 2);
        await click(page(), { role: "button", name: "Contents" });
        await shown(page(), CONTENTS);
        await click(page(), { role: "link", name: { pattern: "261 days" }, within: CONTENTS });
        await gone(page(), CONTENTS);
        await expectCurrentSlideToBe(page(), 5);
      });

      it("shows the photo enlarged, and Escape closes it", async () => {
        const alt = story.slides[1]?.image?.alt ?? "";
        await page().goto(slideUrl(2));
        await expectCurrentSlideToBe(page(), 2);
        await click(page(), { role: "button", name: "Enlarge photo" });
        await shown(page(), ZOOM);
        await expectPhotoShown(page(), { role: "img", name: alt, within: ZOOM });
        await page().press(KEY.Escape);
        await gone(page(), ZOOM);
        await expectCurrentSlideToBe(page(), 2);
      });

      it("copies the slide's address, or offers it to copy, where the browser cannot share", async () => {
        await page().goto(slideUrl(4));
        await expectCurrentSlideToBe(page(), 4);
        expect(await page().evaluate(() => typeof navigator.share), "navigator.share").toBe(
          "undefined",
        );
        const address = await page().evaluate(
          () => document.querySelector<HTMLLinkElement>("link[rel=canonical]")?.href ?? "",
        );
        expect(address).toMatch(/\/hanoi-summit\/4$/);
        await click(page(), { role: "button", name: "Share" });
        const status = await shown(page(), {
          role: "status",
          name: { pattern: "^(Link copied|Copy this link:)$" },
        });
        if (status.name === "Copy this link:") {
          const field = await shown(page(), { role: "textbox", name: "Link to this slide" });
          expect(field.value).toBe(address);
          return;
        }
        // What was copied is what a paste gives, into a field of the test's own.
        await page().evaluate(() => {
          const field = document.createElement("textarea");
          field.setAttribute("aria-label", "Pasted");
          field.style.cssText = "position: fixed; inset: 0 auto auto 0; z-index: 2147483647";
          document.body.append(field);
          field.focus();
        });
        await page().press(KEY.Control, "v");
        await expect
          .poll(() => shown(page(), { role: "textbox", name: "Pasted" }), POLL)
          .toMatchObject({ value: address });
      });

      it("moves the caption of the slide that becomes current into place", async () => {
        await page().goto(slideUrl(1));
        await expectCurrentSlideToBe(page(), 1);
        const panel = () =>
          page().evaluate(() => {
            const style = getComputedStyle(
              document.querySelector('[data-slide="2"] [data-part="panel"]') ?? document.body,
            );
            return `${style.opacity} ${new DOMMatrix(style.transform).m42}`;
          });
        // Until it becomes current, the next slide's caption waits out of place, unseen.
        await expect.poll(panel, POLL).toMatch(/^0 [1-9]/);
        await page().press(KEY.ArrowDown);
        await expectCurrentSlideToBe(page(), 2);
        await expect.poll(panel, POLL).toBe("1 0");
      });

      for (const path of ["/hanoi-summit/99", "/nope"]) {
        it(`shows the not-found page for ${path}`, async () => {
          await page().goto(path);
          await shown(page(), NOT_FOUND);
          await shown(page(), { role: "link", name: `Start reading: ${HEADLINE}` });
          expect(await page().evaluate(() => document.title)).toBe("Page not found");
        });
      }
    });
  }

  describe(`${engine.name}, with the platform's "reduce motion" setting`, () => {
    const page = browserFor(engine, { size: DESKTOP, reducedMotion: true });

    for (const size of [DESKTOP, PHONE]) {
      it(`shows every slide in its final state and moves nothing, at ${size.name} size`, async () => {
        await page().resize(size);
        await page().goto(slideUrl(1));
        expect(
          await page().evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches),
          "prefers-reduced-motion: reduce",
        ).toBe(true);
        await expectCurrentSlideToBe(page(), 1);
        await page().evaluate(sampleSlideParts, 90);
        await page().press(KEY.ArrowDown);
        await expectCurrentSlideToBe(page(), 2);
        await expectSlideToShow(page(), 2, slideText(2).text);
        expect(
          await page().evaluate(() =>
            document.querySelector("[data-animated]")?.getAttribute("data-animated"),
          ),
        ).toBe("false");
        for (const state of await page().evaluate(sampledPartStates))
          expect(state).toMatch(/^opacity 1, transform (none|matrix\(1, 0, 0, 1, 0, 0\))$/);
      });
    }
  });
}
