import type { Story } from "./storyTypes";

/** The document title of a slide: its title, where it stands, and the story. */
export function slideDocumentTitle(story: Story, slideNumber: number): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide || slideNumber === 1) return story.headline;
  return `${slide.title} (${slideNumber}/${story.slides.length}) · ${story.headline}`;
}
