import exifr from "exifr";
import sharp from "sharp";

/**
 * Every EXIF tag an image file carries, GPS included, by name: read from the EXIF block sharp
 * finds in any format (exifr itself reads no WebP and not sharp's AVIF).
 */
export async function exifTags(file: string): Promise<Record<string, unknown>> {
  const block = (await sharp(file).metadata()).exif;
  if (!block) return {};
  const tiff = block.subarray(0, 6).toString("latin1") === "Exif\0\0" ? block.subarray(6) : block;
  const tags: unknown = await exifr.parse(tiff, {
    tiff: true,
    exif: true,
    gps: true,
    ifd1: true,
    interop: true,
    mergeOutput: true,
    reviveValues: false,
    translateKeys: true,
  });
  return tags && typeof tags === "object" ? (tags as Record<string, unknown>) : {};
}

/** The tags that say where, when and with what a photo was taken: none may reach a reader. */
export const PRIVATE_TAGS = [
  "latitude",
  "longitude",
  "GPSLatitude",
  "GPSLongitude",
  "GPSVersionID",
  "Make",
  "Model",
  "BodySerialNumber",
  "SerialNumber",
  "LensSerialNumber",
  "DateTimeOriginal",
] as const;
