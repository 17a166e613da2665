import path from "node:path";
import { RIGHTS_PARAMETER } from "./keepRights.ts";

/** Widths made of every photo, phone to 4K; never wider than the original. */
export const IMAGE_WIDTHS = [480, 960, 1600, 2400] as const;

/** The widest a photo is ever served, in the slide or enlarged: nothing wider is kept. */
export const MAX_PHOTO_WIDTH = Math.max(...IMAGE_WIDTHS);

/** The formats every photo is served in, best first; JPEG is the one every browser reads. */
export const FORMATS = ["avif", "webp", "jpeg"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Quality per format, chosen by eye on the illustrations at full size: AVIF and WebP go lower than
 * JPEG for the same look. AVIF 34 is about half the size of sharp's default 50 with no visible loss on
 * these pictures; the lead photo is on the path to the largest paint, so every kilobyte counts.
 */
const QUALITY: Record<Format, number> = { avif: 34, webp: 72, jpeg: 78 };

/** The widths made of a photo `width` pixels wide: the usual ones that fit, or its own. */
export function widthsFor(width: number): number[] {
  const fitting = IMAGE_WIDTHS.filter((w) => w <= width);
  return fitting.length ? fitting : [width];
}

/** A portrait crop's widths: the usual ones that fit, and its own full width. */
export function portraitWidths(width: number): number[] {
  return [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), width])];
}

/** The import that makes an image's variants in one format (vite-imagetools). */
export function variantsImport(
  file: string,
  widths: readonly number[],
  format: Format,
  rightsKey: string | undefined,
): string {
  const output = format === "jpeg" ? "picture" : "srcset";
  // The rights key keeps the photo's rights metadata, the only metadata its normalized copy has.
  const keep = rightsKey ? `&${RIGHTS_PARAMETER}=${rightsKey}` : "";
  return `${file.split(path.sep).join("/")}?w=${widths.join(";")}&format=${format}&quality=${QUALITY[format]}${keep}&as=${output}`;
}
