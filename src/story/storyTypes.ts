import type { Direction } from "./textDirection";
import type { StorySource } from "./storySchema";

/** A photo after the build has made its responsive variants. */
export interface StoryImage {
  alt: string;
  /** Intrinsic size of the original, so the page reserves its space before it loads. */
  width: number;
  height: number;
  focus: { x: number; y: number };
  /** A tiny blurred preview as a data URL, shown until the photo arrives. */
  placeholder: string;
  /** srcset strings per format, best first; `jpeg` is the one every browser reads. */
  srcset: { avif: string; webp: string; jpeg: string };
  /** The JPEG for browsers without srcset, and for share previews. */
  src: string;
  /** A longer description for readers who cannot see the photo (story.json or the file). */
  description?: string;
  /** The photo's own credit line, e.g. "Reuters / Jorge Silva". */
  credit?: string;
  /** Who made the photo. */
  creator?: string;
  /** The photo's copyright notice. */
  copyright?: string;
  /** Where the photo's terms of use are. */
  license?: string;
  /** Where to license the photo. */
  acquireLicensePage?: string;
  /** A 9:16 crop around the focal point for portrait screens; absent when the photo is narrower. */
  portrait?: {
    width: number;
    height: number;
    /** The focal point within the crop. */
    focus: { x: number; y: number };
    srcset: { avif: string; webp: string };
  };
}

export interface Slide {
  title: string;
  image?: StoryImage;
  caption?: string;
  body: readonly string[];
}

/** A page of a story's slides, as its data module exports it. */
export interface SlidePage {
  slides: readonly Slide[];
}

/** One language version of a story, as the bar's language switch and the page's alternates name it. */
export interface StoryVersion {
  slug: string;
  /** The version's `lang`, as its story.json writes it. */
  lang: string;
  /** The language's name in itself, e.g. "Tiếng Việt", worked out at build time. */
  name: string;
  /** Its published time, which orders versions when none is in the site's language. */
  published: string;
  slideCount: number;
}

/** What the build works out once for a story, so that its pages and the reader agree exactly. */
export interface StoryResolved {
  /** The way the story's text runs: story.json's `dir`, or its `lang`'s (build/storyModules.ts). */
  dir: Direction;
  /** The dateline in the story's language, e.g. "February 27, 2019, 07:56 am PT". */
  dateline: string;
  /**
   * Every language version of the story, this one included, ordered by language tag; empty when
   * it has no other (build/languageVersions.ts).
   */
  versions: readonly StoryVersion[];
}

/**
 * What the app knows of a story before any of its slides: its fields, its slide count, its cover
 * photo, and a loader for each page of `pageSize` slides (build/storiesPlugin.ts).
 */
export interface StoryEntry
  extends Omit<StorySource, "slides" | "dir" | "versions">, StoryResolved {
  slideCount: number;
  pageSize: number;
  cover?: StoryImage;
  pages: readonly (() => Promise<SlidePage>)[];
}

/**
 * A story as the reader gets it: validated, with its images processed. `slides` has one place per
 * slide; a slide whose page has not been loaded yet is `undefined` there.
 */
export interface Story extends Omit<StorySource, "slides" | "dir" | "versions">, StoryResolved {
  slides: readonly (Slide | undefined)[];
  cover?: StoryImage;
}
