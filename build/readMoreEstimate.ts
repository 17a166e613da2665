import type { StorySource } from "../src/story/storySchema.ts";
import { formatDateline } from "../src/story/dateline.ts";

/**
 * An estimate, not a measurement, of whether a slide's caption is cut off behind "Read more" on a
 * small phone. It lays the text out the way src/styles/slide-text.css does on a 360×640 screen
 * with no safe-area insets, but without fonts: every character is taken to be as wide as the
 * average glyph (0.55 em for the sans caption, 0.5 em for serif text, 0.65 em for uppercase sans,
 * 1 em for CJK and 0 for combining marks), and lines are counted by wrapping whole words at the
 * text box's width. Real fonts differ by a line either way on long text; the point is to catch
 * captions that are clearly too long, not the last word.
 */
export const PHONE = { width: 360, height: 640 } as const;

const REM = 16;

/** `.slide__text` is at most 0.42 of the slide's height; the panel pads it by 1.25rem a side. */
export const TEXT_BOX = { width: PHONE.width - 2 * 1.25 * REM, height: PHONE.height * 0.42 };

/** A clipped `.slide__text` fades its last 3.5rem out, under the "Read more" button. */
const FADE = 3.5 * REM;

export interface TextStyle {
  /** Font size in CSS px. */
  size: number;
  lineHeight: number;
  /** The average glyph's width, in em. */
  glyph: number;
  /** letter-spacing, in em. */
  spacing: number;
  /** The bottom margin in CSS px. */
  margin: number;
}

/** The text styles of slide-text.css on a phone, which the estimate lays out. */
export const STYLES = {
  title: { size: 0.8125 * REM, lineHeight: 1.3, glyph: 0.65, spacing: 0.12, margin: 0.5 * REM },
  caption: { size: 1.125 * REM, lineHeight: 1.45, glyph: 0.55, spacing: 0, margin: 0.75 * REM },
  body: { size: 1.0625 * REM, lineHeight: 1.55, glyph: 0.5, spacing: 0, margin: 0.75 * REM },
  // clamp(1.75rem, 6.5vw, 3.5rem): on a 360 px screen, 6.5vw is below the 1.75rem floor.
  headline: {
    size: Math.min(Math.max(1.75 * REM, 0.065 * PHONE.width), 3.5 * REM),
    lineHeight: 1.1,
    glyph: 0.5,
    spacing: -0.01,
    margin: 0.75 * REM,
  },
  dateline: { size: 0.8125 * REM, lineHeight: 1.3, glyph: 0.65, spacing: 0.06, margin: REM },
  standfirst: { size: 1.1875 * REM, lineHeight: 1.45, glyph: 0.5, spacing: 0, margin: 0.75 * REM },
} as const satisfies Record<string, TextStyle>;

const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303F\uFF00-\uFF60]/u;

function advance(char: string, style: TextStyle): number {
  if (/\p{M}/u.test(char)) return 0;
  const ems = WIDE.test(char) ? 1 : style.glyph;
  return (ems + style.spacing) * style.size;
}

/** How many lines `text` takes in a box `width` px wide, wrapped at spaces as a browser does. */
export function lineCount(text: string, style: TextStyle, width = TEXT_BOX.width): number {
  const words = text.split(/\s+/).filter(Boolean);
  const space = advance(" ", style);
  let lines = 0;
  let used = 0;
  for (const word of words) {
    let wide = Array.from(word).reduce((sum, char) => sum + advance(char, style), 0);
    if (lines > 0 && used + space + wide <= width) {
      used += space + wide;
      continue;
    }
    // A new line; a word wider than the box breaks anywhere (`overflow-wrap: anywhere`).
    lines += 1;
    while (wide > width) {
      lines += 1;
      wide -= width;
    }
    used = wide;
  }
  return lines;
}

const blockHeight = (text: string, style: TextStyle) =>
  lineCount(text, style) * style.size * style.lineHeight;

/** How far a caption runs past what a reader sees before "Read more". */
export interface CaptionOverflow {
  /** CSS px of text to cut (from the caption or above it) for the caption to show whole. */
  past: number;
  /** Whether not even the caption's first line shows: what stands above it fills the box. */
  hidden: boolean;
}

/** About how many lines, and characters, of text in `style` make up `px` of height. */
export function linesOf(px: number, style: TextStyle): { lines: number; characters: number } {
  const lines = Math.ceil(px / (style.size * style.lineHeight));
  const perLine = Math.floor(TEXT_BOX.width / ((style.glyph + style.spacing) * style.size));
  return { lines, characters: lines * perLine };
}

/**
 * Whether slide `index`'s caption ends past what the phone shows before "Read more". Above it
 * stand the slide's title or, on the cover, the headline, dateline and standfirst (the cover's
 * title is only for screen readers). When the slide's text overflows, its last 3.5rem fade out
 * under the button, so the caption has to end above them; the body may go on below.
 */
export function captionOverflow(story: StorySource, index: number): CaptionOverflow | undefined {
  const slide = story.slides[index];
  if (slide?.caption === undefined) return undefined;
  const above: [string, TextStyle][] =
    index === 0
      ? [
          [story.headline, STYLES.headline],
          [formatDateline(story.published, story.timeZoneLabel, story.lang), STYLES.dateline],
          [story.standfirst, STYLES.standfirst],
        ]
      : [[slide.title, STYLES.title]];
  const top = above.reduce(
    (sum, [text, style]) => sum + blockHeight(text, style) + style.margin,
    0,
  );
  const captionEnd = top + blockHeight(slide.caption, STYLES.caption);
  const total =
    captionEnd +
    STYLES.caption.margin +
    slide.body.reduce((sum, text) => sum + blockHeight(text, STYLES.body) + STYLES.body.margin, 0);
  // As useOverflows: the text is clipped when it is taller than its box by more than a pixel.
  if (total <= TEXT_BOX.height + 1) return undefined;
  const visible = TEXT_BOX.height - FADE;
  const past = captionEnd - visible;
  return past > 0 ? { past, hidden: top >= visible } : undefined;
}
