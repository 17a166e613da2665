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

/** A story as the reader gets it: validated, with its images processed. */
export interface Story extends Omit<StorySource, "slides"> {
  slides: readonly Slide[];
}
