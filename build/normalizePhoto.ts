import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { MAX_PHOTO_WIDTH } from "./photoVariants.ts";
import { writeCacheFileOnce } from "./cacheFile.ts";
import { asciiFold } from "./photoFileNames.ts";
import { hasRights, rightsXmp, type PhotoRights } from "./rightsXmp.ts";

/**
 * EXIF's Artist and Copyright are ASCII: each is written folded to ASCII where that keeps every
 * character's meaning ("Trần" → "Tran"), and left out where it cannot ("김정은"); the XMP packet
 * carries the exact text in either case.
 */
function exifRights(rights: PhotoRights): Record<string, string> {
  const ifd0: Record<string, string> = {};
  const ascii = (text: string | undefined) => {
    const folded =
      text === undefined ? "" : asciiFold(text.replace(/[©Ⓒ]/gu, "(c)").replace(/[‐-―]/gu, "-"));
    return folded && /^[\x20-\x7e]*$/.test(folded) ? folded : undefined;
  };
  const artist = ascii(rights.creator);
  const copyright = ascii(rights.copyright);
  if (artist) ifd0.Artist = artist;
  if (copyright) ifd0.Copyright = copyright;
  return ifd0;
}

/** The photo every variant is made from: upright, sRGB, 8 bits, at most the widest served. */
export interface NormalizedPhoto {
  file: string;
  /** The original file's SHA-256, which tells the same photo under two names. */
  hash: string;
  width: number;
  height: number;
}

/** Bumped when the way a photo is normalized changes, so cached copies are made again. */
const NORMALIZE_VERSION = 2;

/**
 * A JPEG this good is indistinguishable from its source at the sizes served, and a fraction of a
 * PNG's size and encoding time; every served variant is made from it, so it is decoded often.
 * A picture with an alpha channel goes through a PNG instead, which keeps its transparency.
 */
const INTERMEDIATE = { quality: 95, chromaSubsampling: "4:4:4" } as const;

function readError(src: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return /unsupported image format|corrupt header|not a known file format/i.test(reason)
    ? `${src} is not an image the build can read (${reason})`
    : `${src} is truncated or damaged: the build could not decode the whole picture (${reason})`;
}

/**
 * Writes (once per content, rights and settings) the copy of a raster photo that the build
 * serves from: turned upright by its EXIF orientation, converted to sRGB by its own ICC profile
 * (CMYK and Display P3 included), 8 bits per channel, no wider than MAX_PHOTO_WIDTH, and with no
 * metadata but its rights (EXIF Artist and Copyright in ASCII, an XMP packet): location, camera serial
 * numbers and the rest of the original's EXIF never reach a reader. Returns an error message
 * naming `src` when the file is not an image or cannot be decoded whole.
 */
export async function normalizePhoto(
  file: string,
  src: string,
  rights: PhotoRights,
  cacheDir: string,
): Promise<NormalizedPhoto | string> {
  let source: Buffer;
  let alpha: boolean;
  try {
    // The path, not the bytes, so that sharp's message says "Input file" as the build always has.
    alpha = (await sharp(file).metadata()).hasAlpha;
    source = await readFile(file);
  } catch (error) {
    return readError(src, error);
  }
  const hash = createHash("sha256").update(source).digest("hex");
  const key = createHash("sha256")
    .update(hash)
    .update(JSON.stringify([NORMALIZE_VERSION, MAX_PHOTO_WIDTH, INTERMEDIATE, rights]))
    .digest("hex")
    .slice(0, 16);
  // A photo with transparency keeps it, in a PNG; every other photo goes through a JPEG.
  const extension = alpha ? "png" : "jpg";
  const out = path.join(
    cacheDir,
    `${path.basename(file).replace(/\.[^.]+$/, "")}-${key}.${extension}`,
  );
  let failure: string | undefined;
  await writeCacheFileOnce(out, async () => {
    let image = sharp(source, { failOn: "truncated" })
      .autoOrient()
      .resize({ width: MAX_PHOTO_WIDTH, withoutEnlargement: true })
      .toColourspace("srgb");
    if (hasRights(rights)) {
      const ifd0 = exifRights(rights);
      image = (Object.keys(ifd0).length ? image.withExif({ IFD0: ifd0 }) : image).withXmp(
        rightsXmp(rights),
      );
    }
    return (alpha ? image.png({ compressionLevel: 2 }) : image.jpeg(INTERMEDIATE)).toBuffer();
  }).catch((error: unknown) => {
    failure = readError(src, error);
  });
  if (failure) return failure;
  const { width, height } = await sharp(out).metadata();
  return { file: out, width, height, hash };
}
