import type { PhotoMetadata } from "./photoMetadata.ts";
import { formatOffset, isoWithOffset, offsetLabel, parseCaptureTime } from "./captureTime.ts";
import { PHOTO_FILE, slugify, slugProblem, storyFileNames } from "./photoFileNames.ts";
import { placeholder } from "./placeholderText.ts";

/** A new story that cannot be made as asked; its message says why and what to do. */
export class NewStoryError extends Error {
  override name = "NewStoryError";
}

export interface PhotoFile {
  /** The file's name in the photos folder. */
  name: string;
  metadata: PhotoMetadata;
}

export interface NewStoryInput {
  /** The photos folder's name, which the slug comes from unless `slug` is given. */
  folderName: string;
  slug?: string | undefined;
  /** Every file in the photos folder, photos or not, with the photos' metadata. */
  files: readonly PhotoFile[];
  /** The time to publish at when no photo says when it was taken, and its offset in minutes. */
  now: Date;
  nowOffsetMinutes: number;
}

/** One photo's place in the new story. */
export interface PlannedPhoto {
  /** Its name in the photos folder. */
  from: string;
  /** Its name beside story.json. */
  to: string;
  metadata: PhotoMetadata;
}

export interface NewStoryPlan {
  slug: string;
  /** story.json's content, to be written as JSON. */
  story: Record<string, unknown>;
  /** The photos in slide order. */
  photos: PlannedPhoto[];
  /** Files that are not photos a story can show, left behind. */
  skipped: string[];
  /** Where `published` came from, for the editor to check. */
  publishedFrom: "photo" | "photo without time zone" | "clock";
}

/** The text that stands where the editor has still to write, per field. */
export const PLACEHOLDERS = {
  headline: placeholder("headline: what happened, in one line"),
  standfirst: placeholder("standfirst: the story in a sentence or two, under the headline"),
  credit: placeholder("credit: who made the photos, e.g. Photos by Reuters"),
  title: placeholder("slide title: a few words for the contents"),
  caption: placeholder("caption: who and what is shown, where and when"),
  alt: placeholder("alt text: what the photo shows, for readers who cannot see it"),
} as const;

const has = (text: string | undefined) => Boolean(text?.trim());

/** Photos with a capture time first, oldest first; then by name, with numbers in number order. */
function inStoryOrder(photos: readonly PhotoFile[]): PhotoFile[] {
  const time = (photo: PhotoFile) => parseCaptureTime(photo.metadata.capturedAt)?.instant;
  return [...photos].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)];
    if (ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
    if ((ta === undefined) !== (tb === undefined)) return ta === undefined ? 1 : -1;
    return a.name.localeCompare(b.name, "en", { numeric: true });
  });
}

function chooseSlug(input: NewStoryInput): string {
  if (input.slug !== undefined) {
    const problem = slugProblem(input.slug);
    if (problem) throw new NewStoryError(`--slug "${input.slug}" ${problem}, e.g. hanoi-summit`);
    return input.slug;
  }
  const slug = slugify(input.folderName);
  if (slugProblem(slug))
    throw new NewStoryError(
      `cannot make a slug from the folder name "${input.folderName}": give one with --slug, e.g. --slug hanoi-summit`,
    );
  return slug;
}

/** The earliest capture time, in its own offset, or now. */
function publishing(photos: readonly PhotoFile[], input: NewStoryInput) {
  const first = photos[0] && parseCaptureTime(photos[0].metadata.capturedAt);
  if (!first)
    return {
      published: isoWithOffset(input.now, input.nowOffsetMinutes),
      timeZoneLabel: offsetLabel(formatOffset(input.nowOffsetMinutes)),
      from: "clock" as const,
    };
  return {
    published: first.iso,
    timeZoneLabel: offsetLabel(first.offset),
    from: first.offset === undefined ? ("photo without time zone" as const) : ("photo" as const),
  };
}

function slideFor(photo: PlannedPhoto) {
  const { title, caption, alt } = photo.metadata;
  // What the photo's file says stays out of story.json, where the build reads it (fillFromPhotos);
  // the title is written out, as an agency's headline is rarely the slide's title as it stands.
  return {
    title: title?.trim() || PLACEHOLDERS.title,
    image: {
      src: photo.to,
      ...(has(alt) ? {} : { alt: PLACEHOLDERS.alt }),
      focus: { x: 0.5, y: 0.5 },
    },
    ...(has(caption) ? {} : { caption: PLACEHOLDERS.caption }),
  };
}

/** What `npm run new-story` writes: the slug, story.json and the photos' new names. */
export function planNewStory(input: NewStoryInput): NewStoryPlan {
  const slug = chooseSlug(input);
  // Hidden files (.DS_Store, ._photo.jpg) are the file system's, not the editor's.
  const visible = input.files.filter((file) => !file.name.startsWith("."));
  const ordered = inStoryOrder(visible.filter((file) => PHOTO_FILE.test(file.name)));
  if (!ordered.length)
    throw new NewStoryError(
      `no photos in ${input.folderName}: new-story takes JPEG, PNG, WebP, AVIF and SVG files`,
    );
  const names = storyFileNames(ordered.map((photo) => photo.name));
  const photos = ordered.map((photo, index) => ({
    from: photo.name,
    to: names[index] ?? photo.name,
    metadata: photo.metadata,
  }));
  const { published, timeZoneLabel, from } = publishing(ordered, input);
  const uncredited = photos.every(
    (photo) => !has(photo.metadata.credit) && !has(photo.metadata.creator),
  );
  const story = {
    slug,
    lang: "en",
    headline: PLACEHOLDERS.headline,
    standfirst: PLACEHOLDERS.standfirst,
    published,
    timeZoneLabel,
    ...(uncredited ? { credit: PLACEHOLDERS.credit } : {}),
    slides: photos.map(slideFor),
  };
  const skipped = visible.filter((file) => !PHOTO_FILE.test(file.name)).map((file) => file.name);
  return { slug, story, photos, skipped, publishedFrom: from };
}
