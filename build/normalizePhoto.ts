import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { MAX_PHOTO_WIDTH } from "./photoVariants.ts";
import { hasRights, rightsXmp, type PhotoRights } from "./rightsXmp.ts";

/** The photo every variant is made from: upright, sRGB, 8 bits, at most the widest served. */
export interface NormalizedPhoto {
  file: string;
  width: number;
  height: number;
}

/** Bumped when the way a photo is normalized changes, so cached copies are made again. */
const NORMALIZE_VERSION = 1;

/**
 * A JPEG this good is indistinguishable from its source at the sizes served, and a fraction of a
 * PNG's size and encoding time; every served variant is made from it, so it is decoded often.
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
 * metadata but its rights (EXIF Artist and Copyright, an XMP packet): location, camera serial
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
  try {
    // The format is checked on the path first, as before, so the message names the file.
    await sharp(file).metadata();
    source = await readFile(file);
  } catch (error) {
    return readError(src, error);
  }
  const key = createHash("sha256")
    .update(source)
    .update(JSON.stringify([NORMALIZE_VERSION, MAX_PHOTO_WIDTH, INTERMEDIATE, rights]))
    .digest("hex")
    .slice(0, 16);
  const out = path.join(cacheDir, `${path.basename(file).replace(/\.[^.]+$/, "")}-${key}.jpg`);
  const cached = await stat(out).catch(() => undefined);
  if (!cached) {
    let image = sharp(source, { failOn: "truncated" })
      .autoOrient()
      .resize({ width: MAX_PHOTO_WIDTH, withoutEnlargement: true })
      .toColourspace("srgb");
    if (hasRights(rights)) {
      const ifd0: Record<string, string> = {};
      if (rights.creator) ifd0.Artist = rights.creator;
      if (rights.copyright) ifd0.Copyright = rights.copyright;
      image = image.withExif({ IFD0: ifd0 }).withXmp(rightsXmp(rights));
    }
    let encoded: Buffer;
    try {
      encoded = await image.jpeg(INTERMEDIATE).toBuffer();
    } catch (error) {
      return readError(src, error);
    }
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const partial = `${out}.${process.pid}.part`;
    await writeFile(partial, encoded);
    await rename(partial, out);
  }
  const { width, height } = await sharp(out).metadata();
  return { file: out, width, height };
}
