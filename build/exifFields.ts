import exifr from "exifr";

/** What EXIF can tell of a photo's rights and time, each absent or as written. */
export interface ExifFields {
  creator?: string | undefined;
  copyright?: string | undefined;
  capturedAt?: string | undefined;
}

const EXIF_OPTIONS = {
  ifd0: { pick: ["Artist", "Copyright"] },
  exif: { pick: ["DateTimeOriginal", "OffsetTimeOriginal"] },
  gps: false,
  ifd1: false,
  interop: false,
  // Revived, DateTimeOriginal would become a Date read in the machine's time zone.
  reviveValues: false,
  mergeOutput: false,
};

/** EXIF "2019:02:27 18:30:05" and "+07:00" as "2019-02-27T18:30:05+07:00"; "0000:00:00..." is none. */
function exifDate(dateTime = "", offset = ""): string | undefined {
  const at = /^(\d{4}):(\d\d):(\d\d) (\d\d:\d\d:\d\d)/.exec(dateTime);
  if (!at || at[1] === "0000") return undefined;
  return `${at[1]}-${at[2]}-${at[3]}T${at[4]}${/^[+-]\d\d:\d\d$/.test(offset) ? offset : ""}`;
}

/**
 * Artist, Copyright and DateTimeOriginal (with OffsetTimeOriginal) from an EXIF block as sharp
 * gives it: the APP1 payload, "Exif\0\0" then TIFF (PNG's eXIf chunk has no such header).
 */
export async function readExifFields(block: Uint8Array): Promise<ExifFields> {
  const header = String.fromCharCode(...block.subarray(0, 6));
  const tags: unknown = await exifr.parse(
    header === "Exif\0\0" ? block.subarray(6) : block,
    EXIF_OPTIONS,
  );
  const tag = (ifd: string, name: string): string | undefined => {
    const group: unknown = tags && typeof tags === "object" ? Reflect.get(tags, ifd) : undefined;
    const value: unknown =
      group && typeof group === "object" ? Reflect.get(group, name) : undefined;
    return typeof value === "string" ? value : undefined;
  };
  return {
    creator: tag("ifd0", "Artist"),
    // EXIF Copyright may be "photographer\0editor"; exifr strips only the final NULs.
    copyright: tag("ifd0", "Copyright")
      ?.split("\0")
      .filter((part) => part.trim())
      .join(", "),
    capturedAt: exifDate(tag("exif", "DateTimeOriginal"), tag("exif", "OffsetTimeOriginal")),
  };
}
