import { hasPlaceholder } from "./placeholderText.ts";

/** Alt text that names the kind of thing, not the thing: it tells a listener nothing. */
const GENERIC = new Set(
  (
    "image|photo|picture|pic|img|photograph|graphic|illustration|screenshot|alt|alt text|" +
    "description|placeholder|untitled|none|null|undefined|n a|test|todo|tbd|tk|fixme|xxx|" +
    "image of|photo of|picture of|an image|a photo|a picture"
  ).split("|"),
);

/** Words that mark unfinished text wherever they stand in it. */
const UNFINISHED = /\b(todo|tbd|fixme|xxx|lorem ipsum)\b/i;

/** A camera's own file name, as in "IMG_1234" or "DSC01234". */
const CAMERA_NAME = /^(img|dsc[fn]?|pxl|gopr|mvimg|dji|p)[ _-]?\d{3,}/i;

/** Scripts written without spaces between words, where counting words says nothing. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}]/u;

/** Fewer words than this cannot say who or what is shown, and where. */
const MIN_WORDS = 3;

/** Text for comparing: one Unicode form, lowercase, without punctuation or extra spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const wordCount = (folded: string) => (folded ? folded.split(" ").length : 0);

/** Whether one text is the other, or holds all of it (in whole words). */
function repeats(alt: string, caption: string): boolean {
  const [a, c] = [fold(alt), fold(caption)];
  if (!a || !c) return false;
  if (a === c) return true;
  const [shorter, longer] = a.length < c.length ? [a, c] : [c, a];
  // A few words in common are a coincidence; a whole sentence is a copy.
  return wordCount(shorter) >= MIN_WORDS && ` ${longer} `.includes(` ${shorter} `);
}

const DESCRIBE = "describe what the photo shows (who, what, where) for readers who cannot see it";

/**
 * What is wrong with a photo's alt text, as a message that says what to do, or undefined when it
 * reads like a description. `src` is the photo's file name, which is no description either.
 */
export function altTextProblem(alt: string, src: string, caption?: string): string | undefined {
  const folded = fold(alt);
  const stem = fold(src.replace(/\.[^.]+$/, ""));
  if (hasPlaceholder(alt) || UNFINISHED.test(folded)) return `is a placeholder: ${DESCRIBE}`;
  if (GENERIC.has(folded)) return `"${alt.trim()}" says nothing about the picture: ${DESCRIBE}`;
  if (folded === stem || folded === fold(src) || CAMERA_NAME.test(alt.trim()))
    return `is the file name: ${DESCRIBE}`;
  if (caption !== undefined && repeats(alt, caption))
    return `repeats the caption, which a screen reader reads right after it: ${DESCRIBE}, not the news`;
  const words = wordCount(folded);
  if (words < MIN_WORDS && !UNSPACED.test(alt))
    return `is only ${words === 1 ? "one word" : `${words} words`}: ${DESCRIBE}, in a sentence`;
  return undefined;
}
