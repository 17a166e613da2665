import { storySchema } from "../src/story/storySchema.ts";

/** The schema's own rules for a story's slug and an image's file name. */
const SLUG_RULE = storySchema.shape.slug;
const SRC_RULE = storySchema.shape.slides.element.shape.image.unwrap().shape.src;

/** The files a story can show: what the schema's src rule allows, by extension. */
export const PHOTO_FILE = /\.(jpe?g|png|webp|avif|svg)$/i;

/** Letters that Unicode does not split into a base letter and a mark, spelt in ASCII. */
const LETTERS: Record<string, string> = {
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  þ: "th",
  Þ: "TH",
  ı: "i",
};

/** "Hà Nội, Đống Đa" → "Ha Noi, Dong Da": accents dropped, other letters spelt in ASCII. */
export function asciiFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{ASCII}]/gu, (char) => LETTERS[char] ?? char);
}

/** "Hà Nội summit 2019!" → "ha-noi-summit-2019"; "" when nothing of it is ASCII. */
export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Why `slug` cannot be a story's slug, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  return SLUG_RULE.safeParse(slug).error?.issues[0]?.message;
}

/**
 * The names the photos get beside story.json, in the same order: a name the schema allows is
 * kept; any other is spelt in ASCII letters, digits, _ . and -. No two names differ only in
 * case, as they would be one file on macOS and Windows.
 */
export function storyFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const kept = names.map((name) => {
    const keep = SRC_RULE.safeParse(name).success && !taken.has(name.toLowerCase());
    if (keep) taken.add(name.toLowerCase());
    return keep;
  });
  return names.map((name, index) => {
    if (kept[index]) return name;
    const extension = (PHOTO_FILE.exec(name)?.[0] ?? ".jpg").toLowerCase();
    const stem =
      asciiFold(name.slice(0, name.length - extension.length))
        .replace(/[^\w.-]+/g, "-")
        .replace(/^[-.]+|[-.]+$/g, "") || "photo";
    let candidate = `${stem}${extension}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
      candidate = `${stem}-${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
