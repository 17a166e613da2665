import sharp from "sharp";
import { readExifFields } from "./exifFields.ts";
import { readIimText } from "./iimText.ts";
import { fieldOf, readXmpProperties, textOf, textsOf } from "./xmpProperties.ts";

/** What a photo file says about itself (IPTC IIM, XMP, EXIF); every field optional. */
export interface PhotoMetadata {
  title?: string; // photoshop:Headline / IIM 2:105 Headline
  caption?: string; // dc:description / IIM 2:120 Caption-Abstract
  alt?: string; // Iptc4xmpCore:AltTextAccessibility
  description?: string; // Iptc4xmpCore:ExtDescrAccessibility
  credit?: string; // photoshop:Credit / IIM 2:110 Credit
  creator?: string; // dc:creator (several joined with ", ") / IIM 2:80 By-line / EXIF Artist
  copyright?: string; // dc:rights / IIM 2:116 CopyrightNotice / EXIF Copyright
  license?: string; // xmpRights:WebStatement (a URL)
  acquireLicensePage?: string; // plus:Licensor[0]/plus:LicensorURL (a URL)
  capturedAt?: string; // ISO 8601: EXIF DateTimeOriginal (+OffsetTimeOriginal when present), else photoshop:DateCreated, else IIM 2:55+2:60
}

type Fields = { [Key in keyof PhotoMetadata]?: string | undefined };

const FIELDS = [
  "title",
  "caption",
  "alt",
  "description",
  "credit",
  "creator",
  "copyright",
  "license",
  "acquireLicensePage",
  "capturedAt",
] as const satisfies readonly (keyof PhotoMetadata)[];

const DC = "http://purl.org/dc/elements/1.1/";
const PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
const IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
const XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
const PLUS = "http://ns.useplus.org/ldf/xmp/1.0/";

const joined = (names: readonly string[]) => names.filter((name) => name.trim()).join(", ");

function httpUrl(text: string | undefined): string | undefined {
  if (!text || !URL.canParse(text)) return undefined;
  const { protocol } = new URL(text);
  return protocol === "http:" || protocol === "https:" ? text : undefined;
}

/** XMP dates are ISO 8601 already, down to the year ("2019", "2019-02-27T18:30+07:00"). */
const XMP_DATE = /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

function xmpFields(packet: Buffer): Fields {
  const properties = readXmpProperties(new TextDecoder().decode(packet));
  const text = (namespace: string, name: string) => textOf(properties.get(namespace + name));
  const licensor = properties.get(PLUS + "Licensor");
  const date = text(PHOTOSHOP, "DateCreated")?.trim();
  return {
    title: text(PHOTOSHOP, "Headline"),
    caption: text(DC, "description"),
    alt: text(IPTC_CORE, "AltTextAccessibility"),
    description: text(IPTC_CORE, "ExtDescrAccessibility"),
    credit: text(PHOTOSHOP, "Credit"),
    creator: joined(textsOf(properties.get(DC + "creator"))),
    copyright: text(DC, "rights"),
    license: httpUrl(text(XMP_RIGHTS, "WebStatement")),
    acquireLicensePage: httpUrl(textOf(fieldOf(licensor, PLUS + "LicensorURL"))),
    capturedAt: date && XMP_DATE.test(date) ? date : undefined,
  };
}

/** IIM 2:55 "20190228" and 2:60 "091500+0700" as "2019-02-28T09:15:00+07:00". */
function iimDate(date = "", time = ""): string | undefined {
  const day = /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(date);
  if (!day) return undefined;
  const clock = /^(\d\d)(\d\d)(\d\d)(?:([+-]\d\d)(\d\d))?$/.exec(time);
  const zone = clock?.[4] ? `${clock[4]}:${clock[5]}` : "";
  const at = clock ? `T${clock[1]}:${clock[2]}:${clock[3]}${zone}` : "";
  return `${day[1]}-${day[2]}-${day[3]}${at}`;
}

function iimFields(block: Buffer): Fields {
  const texts = readIimText(block);
  const first = (dataset: number) => texts.get(dataset)?.[0];
  return {
    title: first(105),
    caption: first(120),
    credit: first(110),
    creator: joined(texts.get(80) ?? []),
    copyright: first(116),
    capturedAt: iimDate(first(55), first(60)),
  };
}

/** One block's fields with text that is not blank; a block that cannot be read gives none. */
async function present(
  block: Buffer | undefined,
  read: (block: Buffer) => Fields | Promise<Fields>,
) {
  const kept: PhotoMetadata = {};
  if (!block) return kept;
  let fields: Fields = {};
  try {
    fields = await read(block);
  } catch {
    // A block that cannot be read loses only itself.
  }
  for (const key of FIELDS) {
    // Photoshop and Photo Mechanic end lines with a carriage return, which no page can carry as
    // written (an HTML parser makes it a line feed): a line break is a line feed here.
    const value = fields[key]?.replace(/\r\n?/g, "\n");
    if (value?.trim()) kept[key] = value;
  }
  return kept;
}

/**
 * Reads a photo's metadata blocks through sharp, which finds them in every format a story may
 * use: exifr reads no WebP, fails on sharp's AVIF, misses the XMP libvips writes to PNG, and,
 * given a path, may drop an XMP segment that crosses its first 512-byte read. (Extended XMP,
 * which libvips does not read, is left out.) XMP wins over IIM, IIM over EXIF, except for
 * capturedAt, where the camera's clock comes first unless only another source gives the offset. Never throws: a file that is not an image,
 * or is broken, gives {} (or what its intact header says); the step that decodes pixels
 * reports it.
 */
export async function readPhotoMetadata(input: string | Uint8Array): Promise<PhotoMetadata> {
  const blocks = await sharp(input)
    .metadata()
    .catch(() => undefined);
  if (!blocks) return {};
  const [xmp, iim, exif] = await Promise.all([
    present(blocks.xmp, xmpFields),
    present(blocks.iptc, iimFields),
    present(blocks.exif, readExifFields),
  ]);
  const merged = { ...exif, ...iim, ...xmp };
  // The camera's clock first, but a time that says its UTC offset beats one that does not.
  const times = [exif.capturedAt, xmp.capturedAt, iim.capturedAt].filter(
    (time): time is string => time !== undefined,
  );
  const capturedAt = times.find((time) => /(?:Z|[+-]\d\d:?\d\d)$/.test(time)) ?? times[0];
  if (capturedAt) merged.capturedAt = capturedAt;
  return merged;
}
