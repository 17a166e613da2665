import type { Story } from "./storyTypes";

/** How much of a caption an announcement reads before it stops at a word. */
const ANNOUNCED_CHARACTERS = 90;

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2)).trimEnd()}…`;
}

/** What a screen reader hears when a slide becomes current: "Photo 3 of 7: Kim smiles as…". */
export function slideAnnouncement(story: Story, slideNumber: number): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide) return "";
  const kind = slide.image ? "Photo" : "Slide";
  const words = slide.caption ?? slide.title;
  return `${kind} ${slideNumber} of ${story.slides.length}: ${shorten(words, ANNOUNCED_CHARACTERS)}`;
}
