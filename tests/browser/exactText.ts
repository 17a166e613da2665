import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import type { StorySource } from "../../src/story/storySchema";

/** A test story as written in its story.json, read as bytes and decoded as the build does. */
export function readStoryJson(file: string): StorySource {
  return JSON.parse(readFileSync(file, "utf8")) as StorySource;
}

/** What a photo's slide shows of it as text: its credit line, or else its creator. */
type ImageText = NonNullable<StorySource["slides"][number]["image"]>;

/** Every string of story.json that slide `number` shows as text, exactly as written. */
export function slideStrings(story: StorySource, number: number): string[] {
  const slide = story.slides[number - 1];
  if (!slide) throw new Error(`${story.slug} has no slide ${number}`);
  const image: Partial<ImageText> = slide.image ?? {};
  const credit = image.credit ?? image.creator;
  return [
    ...(number === 1 ? [story.headline, story.standfirst] : []),
    slide.title,
    ...(slide.caption === undefined ? [] : [slide.caption]),
    ...slide.body,
    ...(credit === undefined ? [] : [credit]),
    ...(image.description === undefined ? [] : [image.description]),
    ...(number === story.slides.length && story.credit !== undefined ? [story.credit] : []),
  ];
}

/** The slide's region: "Slide 3 of 7". */
export function slideRegion(page: Page, number: number, count: number): Locator {
  return page.getByRole("region", { name: `Slide ${number} of ${count}`, exact: true });
}

/**
 * Fails unless every string is, byte for byte, the whole text of one text node in `region`: what
 * a reader's screen and assistive technology get, with nothing escaped twice, unescaped, trimmed,
 * normalized or replaced.
 */
export async function expectStringsInRegion(region: Locator, strings: readonly string[]) {
  const texts = await region.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      found.push(node.nodeValue ?? "");
    return found;
  });
  for (const text of strings)
    expect(texts, `the page shows ${JSON.stringify(text)}`).toContain(text);
}
