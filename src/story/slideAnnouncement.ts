import type { Story } from "./storyTypes";

/** How an interface language words an announcement (src/i18n: `announcement`). */
export type WriteAnnouncement = (
  kind: "photo" | "text",
  slideNumber: number,
  count: number,
  words: string,
) => string;

/** How much of a caption an announcement reads before it stops at a word. */
const ANNOUNCED_CHARACTERS = 90;

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2)).trimEnd()}…`;
}

/**
 * What a screen reader hears when a slide becomes current, in the interface language (`say`):
 * "Photo 3 of 7: Kim smiles as…".
 */
export function slideAnnouncement(
  story: Story,
  slideNumber: number,
  say: { announcement: WriteAnnouncement },
): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide) return "";
  const words = shorten(slide.caption ?? slide.title, ANNOUNCED_CHARACTERS);
  return say.announcement(slide.image ? "photo" : "text", slideNumber, story.slides.length, words);
}
