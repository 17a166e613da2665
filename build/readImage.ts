import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { portraitCrop } from "../src/images/portraitCrop.ts";
import { normalizePhoto } from "./normalizePhoto.ts";
import { writeCacheFileOnce } from "./cacheFile.ts";
import { hasRights, rightsXmp, type PhotoRights } from "./rightsXmp.ts";

/** What the build knows of one image file beside a story.json. */
export interface ImageFileInfo {
  /** The file the variants are made from: the original for SVG, its normalized copy otherwise. */
  file: string;
  /** The file beside story.json, which the dev server watches. */
  original: string;
  /**
   * A key of the rights the normalized copy carries in its metadata, which its variants keep, or
   * undefined when it carries none. Variants are named by their pixels, so the key is part of
   * what they are asked for: the same photo with two credits is two sets of files.
   */
  rightsKey: string | undefined;
  /** A drawing (SVG), which has no pixel size to fall short of. */
  vector: boolean;
  /** The original file's SHA-256, which tells the same photo under two names. */
  hash: string;
  width: number;
  height: number;
  /** A tiny blurred WebP as a data URL. */
  placeholder: string;
  /** A 9:16 crop around the focal point, written to the build cache, for portrait screens. */
  portrait?: { file: string; width: number; height: number; focus: { x: number; y: number } };
}

const PLACEHOLDER_WIDTH = 24;

/** Writes (once) the portrait crop of an image and returns where it is. */
async function writePortrait(
  file: string,
  focus: { x: number; y: number },
  width: number,
  height: number,
  cacheDir: string,
  rightsKey: string | undefined,
): Promise<ImageFileInfo["portrait"]> {
  const crop = portraitCrop(width, height, focus);
  if (!crop) return undefined;
  const source = await readFile(file);
  const key = createHash("sha256")
    .update(source)
    .update(JSON.stringify([crop.box, rightsKey ?? null]))
    .digest("hex")
    .slice(0, 16);
  const out = path.join(
    cacheDir,
    `${path.basename(file).replace(/\.[^.]+$/, "")}-portrait-${key}.png`,
  );
  await writeCacheFileOnce(out, () =>
    // A normalized photo's only metadata is its rights, which the crop keeps.
    (rightsKey ? sharp(source).keepExif().keepXmp() : sharp(source))
      .extract(crop.box)
      .png({ compressionLevel: 3 })
      .toBuffer(),
  );
  return { file: out, width: crop.box.width, height: crop.box.height, focus: crop.focus };
}

/** Reads the picture `file` (named `src` in story.json), which exists. */
async function readImage(
  file: string,
  src: string,
  focus: { x: number; y: number },
  rights: PhotoRights,
  cacheDir: string,
): Promise<ImageFileInfo | string> {
  // A vector drawing is served as drawn; a photo from its upright, sRGB, rights-only copy.
  const vector = /\.svg$/i.test(file);
  // The original is read once: normalizePhoto hashes it on its way.
  const normalized = vector
    ? {
        file,
        hash: createHash("sha256")
          .update(await readFile(file))
          .digest("hex"),
      }
    : await normalizePhoto(file, src, rights, cacheDir);
  if (typeof normalized === "string") return normalized;
  const { file: served, hash } = normalized;
  const rightsKey =
    !vector && hasRights(rights)
      ? createHash("sha256").update(rightsXmp(rights)).digest("hex").slice(0, 16)
      : undefined;
  try {
    const image = sharp(served);
    const { width, height } = await image.metadata();
    if (!width || !height) return `${src} has no size`;
    const preview = await image
      .resize(PLACEHOLDER_WIDTH)
      .blur(0.6)
      .webp({ quality: 40 })
      .toBuffer();
    const placeholder = `data:image/webp;base64,${preview.toString("base64")}`;
    const portrait = await writePortrait(served, focus, width, height, cacheDir, rightsKey);
    const info = {
      file: served,
      original: file,
      rightsKey,
      vector,
      hash,
      width,
      height,
      placeholder,
    };
    return portrait ? { ...info, portrait } : info;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${src} is not an image the build can read (${reason})`;
  }
}

/**
 * A story may show one picture on many slides: each version of a picture (with its focal point and
 * rights) is read once, so the build's image work grows with the pictures, not with the slides; a
 * file that changes (as in the dev server) is read again.
 */
const readings = new Map<string, Promise<ImageFileInfo | string>>();

/** The place of a slide's picture beside story.json, if it exists as a file. */
export async function existingFile(folder: string, src: string) {
  const file = path.join(folder, src);
  const version = await stat(file).catch(() => undefined);
  return version?.isFile() ? { file, version } : undefined;
}

export async function readImageOnce(
  folder: string,
  src: string,
  focus: { x: number; y: number },
  rights: PhotoRights,
  cacheDir: string,
): Promise<ImageFileInfo | string> {
  const found = await existingFile(folder, src);
  if (!found) return `names ${src}, which does not exist beside story.json`;
  const { file, version } = found;
  const key = JSON.stringify([file, version.mtimeMs, version.size, focus, rights, cacheDir]);
  let reading = readings.get(key);
  if (!reading) {
    reading = readImage(file, src, focus, rights, cacheDir);
    readings.set(key, reading);
    // A failure that is not the file's (a full disk, say) must not stick until the file changes.
    reading.catch(() => readings.delete(key));
  }
  return reading;
}
