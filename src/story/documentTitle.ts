import type { Story } from "./storyTypes";

/** How an interface language writes a slide's document title (src/i18n: `slideTitle`). */
export type WriteSlideTitle = (
  title: string,
  slideNumber: number,
  count: number,
  headline: string,
) => string;

/**
 * The document title of a slide: its title, where it stands, and the story, as the interface
 * language writes them (`say`).
 */
export function slideDocumentTitle(
  story: Story,
  slideNumber: number,
  say: { slideTitle: WriteSlideTitle },
): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide || slideNumber === 1) return story.headline;
  return say.slideTitle(slide.title, slideNumber, story.slides.length, story.headline);
}
