import { expect } from "vitest";
import story from "../../src/stories/hanoi-summit/story.json";
import { POLL, type EnginePage } from "./enginePage";

export const STORY = `/${story.slug}`;
export const SLIDE_COUNT = story.slides.length;
export const HEADLINE = story.headline;

/** Slide `number`'s title and the start of its caption (or of its text, on a slide without a photo). */
export function slideText(number: number): { title: string; text: string } {
  const slide = story.slides[number - 1];
  if (!slide) throw new Error(`the story has no slide ${number}`);
  const text = "caption" in slide ? slide.caption : (slide.body?.[0] ?? "");
  return { title: slide.title, text: text.slice(0, 40) };
}

export function slideUrl(slide: number): string {
  return slide === 1 ? STORY : `${STORY}/${slide}`;
}

/** What the reader shows, read in one go: the slide on screen, where it sits, the address, the counter. */
function readerState(slide: number, count: number) {
  const reader = document.querySelector("[data-hydrated]");
  const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
  const section = document.querySelector(`[data-slide="${slide}"]`);
  const counter = `${slide} / ${count}`;
  return {
    hydrated: reader?.getAttribute("data-hydrated") === "true",
    path: location.pathname,
    onScreen: Number(hit?.closest("[data-slide]")?.getAttribute("data-slide") ?? 0),
    top: section ? Math.round(section.getBoundingClientRect().top) : null,
    counterShown: [...document.querySelectorAll("header *")].some(
      (element) =>
        element.children.length === 0 &&
        element.textContent?.replace(/\s+/g, " ").trim() === counter &&
        element.checkVisibility({ visibilityProperty: true }),
    ),
    title: document.title,
  };
}

/** The reader shows slide `slide`, snapped in place, and the address, counter and title name it. */
export async function expectCurrentSlideToBe(page: EnginePage, slide: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(readerState, slide, SLIDE_COUNT), POLL)
    .toEqual({
      hydrated: true,
      path: slideUrl(slide),
      onScreen: slide,
      top: 0,
      counterShown: true,
      title: slide === 1 ? HEADLINE : expect.stringContaining(`(${slide}/${SLIDE_COUNT})`),
    });
}

/** Waits until slide `slide` shows `text` on screen, in whatever letter case its style sets. */
export async function expectSlideToShow(page: EnginePage, slide: number, text: string) {
  await expect
    .poll(
      () =>
        page.evaluate((number: number) => {
          const section = document.querySelector<HTMLElement>(`[data-slide="${number}"]`);
          const box = section?.getBoundingClientRect();
          const onScreen = box !== undefined && box.top < window.innerHeight && box.bottom > 0;
          return section && onScreen ? section.innerText.replace(/\s+/g, " ").toLowerCase() : "";
        }, slide),
      POLL,
    )
    .toContain(text.toLowerCase());
}

/** The reader shows the story's ending, the stop after the last slide, at its own address. */
export async function expectEndingShown(page: EnginePage): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
          return {
            path: location.pathname,
            onScreen: Number(hit?.closest("[data-slide]")?.getAttribute("data-slide") ?? 0),
          };
        }),
      POLL,
    )
    .toEqual({ path: `${STORY}/end`, onScreen: SLIDE_COUNT + 1 });
}
