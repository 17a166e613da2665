import type { PhotoMetadata } from "./photoMetadata.ts";

/** What the photo of one slide says about itself, and its file name in story.json. */
export interface SlidePhotoFacts {
  src: string;
  metadata: PhotoMetadata;
}

/** The image fields a photo's own metadata may fill, each from the field of the same name. */
const IMAGE_FIELDS = [
  "alt",
  "description",
  "credit",
  "creator",
  "copyright",
  "license",
  "acquireLicensePage",
] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * story.json with every field it leaves out filled from its photos' metadata (story.json wins
 * wherever it sets a field, even to something the schema will refuse), and, per filled field,
 * the photo it came from ("slides.2.image.alt" → "photo.jpg"), so that a problem in it can say so.
 * Values from files lose the white space around them, as agency tools often leave some.
 */
export function fillFromPhotos(
  json: unknown,
  photos: ReadonlyMap<number, SlidePhotoFacts>,
): { json: unknown; filledFrom: Map<string, string> } {
  const filledFrom = new Map<string, string>();
  if (!isObject(json) || !Array.isArray(json.slides)) return { json, filledFrom };
  const slides = json.slides.map((slide: unknown, index) => {
    const facts = photos.get(index);
    if (!facts || !isObject(slide) || !isObject(slide.image)) return slide;
    const image: Json = { ...slide.image };
    const filled: Json = { ...slide, image };
    const fill = (target: Json, field: string, value: string | undefined, at: string) => {
      const text = value?.trim();
      if (target[field] !== undefined || !text) return;
      target[field] = text;
      filledFrom.set(`slides.${index}.${at}`, facts.src);
    };
    for (const field of IMAGE_FIELDS) fill(image, field, facts.metadata[field], `image.${field}`);
    // The slide's own fields: its caption, and its title from the photo's headline.
    fill(filled, "caption", facts.metadata.caption, "caption");
    fill(filled, "title", facts.metadata.title, "title");
    return filled;
  });
  return { json: { ...json, slides }, filledFrom };
}

/** The file a story.json path was filled from, if any: ["slides", 2, "caption"] → "photo.jpg". */
export function filledFromFile(
  filledFrom: ReadonlyMap<string, string>,
  path: readonly PropertyKey[],
): string | undefined {
  return filledFrom.get(path.map(String).join("."));
}
