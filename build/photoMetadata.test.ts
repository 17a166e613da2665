// @vitest-environment node
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENCY_COLOURS,
  AGENCY_METADATA,
  IIM_UTF8,
  iimSegment,
  insertSegment,
  makeAgencyPhotos,
  xml,
  xmpPacket,
} from "../tests/fixtures/makeAgencyPhotos.mjs";
import { readPhotoMetadata, type PhotoMetadata } from "./photoMetadata";

let dir = "";
const photo = (file: string) => path.join(dir, file);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "agency-photos-"));
  await makeAgencyPhotos(dir);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="10" fill="#9cd"/></svg>',
);
const plainJpeg = () => sharp(SVG).jpeg().toBuffer();
const withXmp = (body: string, attributes?: string) =>
  sharp(SVG).jpeg().withXmp(xmpPacket(body, attributes)).toBuffer();
const headline = (inner: string) => `<photoshop:Headline>${inner}</photoshop:Headline>`;

describe("readPhotoMetadata", () => {
  it("reads every field of an agency's XMP exactly, with the camera's clock", async () => {
    const m = AGENCY_METADATA.xmp;
    expect(await readPhotoMetadata(photo("agency-xmp.jpg"))).toStrictEqual({
      title: m.title,
      caption: m.caption,
      alt: m.alt,
      description: m.description,
      credit: m.credit,
      creator: m.creator,
      copyright: m.copyright,
      license: m.license,
      acquireLicensePage: m.acquireLicensePage,
      capturedAt: m.capturedAt,
    });
  });

  it("keeps a combining accent combining and emoji whole", async () => {
    const { caption = "" } = await readPhotoMetadata(photo("agency-xmp.jpg"));
    expect(caption).toContain("cafe\u0301");
    expect(caption).not.toContain("caf\u00e9");
    expect(caption).toContain("🤝");
  });

  it("reads IIM decoded as its UTF-8 character set says", async () => {
    const m = AGENCY_METADATA.iim;
    expect(await readPhotoMetadata(photo("agency-iim.jpg"))).toStrictEqual({
      title: m.title,
      caption: m.caption,
      credit: m.credit,
      creator: m.creator,
      copyright: m.copyright,
      capturedAt: m.capturedAt,
    });
  });

  it("reads from bytes as from a path", async () => {
    const bytes = new Uint8Array(await readFile(photo("agency-iim.jpg")));
    expect(await readPhotoMetadata(bytes)).toStrictEqual(
      await readPhotoMetadata(photo("agency-iim.jpg")),
    );
  });

  it.each(["rotated.jpg", "cmyk.jpg", "p3.jpg", "deep.png", "huge.jpg"])(
    "finds nothing in %s, which has no metadata",
    async (file) => {
      expect(await readPhotoMetadata(photo(file))).toStrictEqual({});
    },
  );

  it.each(["truncated.jpg", "not-an-image.jpg", "missing.jpg"])(
    "gives nothing, without throwing, for %s",
    async (file) => {
      expect(await readPhotoMetadata(photo(file))).toStrictEqual({});
    },
  );

  it("gives nothing for an SVG", async () => {
    expect(await readPhotoMetadata(SVG)).toStrictEqual({});
  });

  it.each<[string, string, string | undefined, PhotoMetadata]>([
    ["a number-like headline", headline("007"), undefined, { title: "007" }],
    [
      "white space around and inside",
      headline("  two\n lines "),
      undefined,
      { title: "  two\n lines " },
    ],
    ["a blank value as absent", headline(" \n "), undefined, {}],
    [
      "entities once only",
      headline("&amp;lt; &#x1F91D; &#233; &quot;"),
      undefined,
      { title: '&lt; 🤝 é "' },
    ],
    ["CDATA as it is", headline("<![CDATA[<b>&amp;</b>]]>"), undefined, { title: "<b>&amp;</b>" }],
    ["an attribute", "", ` photoshop:Headline="a &amp; b\tc"`, { title: "a & b c" }],
    [
      "the first language when there is no x-default",
      `<dc:description><rdf:Alt><rdf:li xml:lang="vi">Hà Nội</rdf:li><rdf:li xml:lang="en">Hanoi</rdf:li></rdf:Alt></dc:description>`,
      undefined,
      { caption: "Hà Nội" },
    ],
    [
      "several creators, joined",
      `<dc:creator><rdf:Seq><rdf:li>Jorge Silva</rdf:li><rdf:li> </rdf:li><rdf:li>Lê Văn</rdf:li></rdf:Seq></dc:creator>`,
      undefined,
      { creator: "Jorge Silva, Lê Văn" },
    ],
    [
      "a licence given as a resource",
      `<xmpRights:WebStatement rdf:resource="https://example.com/terms?a=1&amp;b=2"/>`,
      undefined,
      { license: "https://example.com/terms?a=1&b=2" },
    ],
    [
      "a licence that is no web address as absent",
      `<xmpRights:WebStatement>See terms</xmpRights:WebStatement>`,
      undefined,
      {},
    ],
    [
      "a javascript: licence as absent",
      `<xmpRights:WebStatement>javascript:alert(1)</xmpRights:WebStatement>`,
      undefined,
      {},
    ],
    [
      "a licensor written as a nested description",
      `<plus:Licensor><rdf:Seq><rdf:li><rdf:Description plus:LicensorURL="http://example.com/buy"/></rdf:li></rdf:Seq></plus:Licensor>`,
      undefined,
      { acquireLicensePage: "http://example.com/buy" },
    ],
    [
      "photoshop:DateCreated without EXIF",
      "",
      ` photoshop:DateCreated="2019-02-27"`,
      { capturedAt: "2019-02-27" },
    ],
    ["a date that is not ISO 8601 as absent", "", ` photoshop:DateCreated="27/02/2019"`, {}],
  ])("reads XMP: %s", async (_, body, attributes, expected) => {
    expect(await readPhotoMetadata(await withXmp(body, attributes))).toStrictEqual(expected);
  });

  it.each<[string, [number, number, string | readonly number[]][], PhotoMetadata]>([
    ["UTF-8 without 1:90", [[2, 120, "Hà Nội"]], { caption: "Hà Nội" }],
    [
      "Windows Latin without 1:90",
      [[2, 120, [0x48, 0xe0, 0x20, 0x93, 0x80, 0x94, 0x20, 0x96]]],
      { caption: "Hà “€” –" },
    ],
    ["a NUL at the end as no part of the text", [[2, 105, "Headline\0"]], { title: "Headline" }],
    [
      "every By-line, joined",
      [
        [1, 90, IIM_UTF8],
        [2, 80, "Trần Minh Đức"],
        [2, 80, "김민준"],
      ],
      { creator: "Trần Minh Đức, 김민준" },
    ],
    ["a date without a time", [[2, 55, "20190228"]], { capturedAt: "2019-02-28" }],
  ])("reads IIM: %s", async (_, datasets, expected) => {
    const jpeg = insertSegment(await plainJpeg(), iimSegment(datasets));
    expect(await readPhotoMetadata(jpeg)).toStrictEqual(expected);
  });

  it("prefers XMP to IIM, and IIM to EXIF", async () => {
    const xmp = await sharp(SVG)
      .jpeg()
      .withExif({ IFD0: { Artist: "EXIF artist", Copyright: "EXIF copyright" } })
      .withXmp(
        xmpPacket(`<dc:creator><rdf:Seq><rdf:li>XMP creator</rdf:li></rdf:Seq></dc:creator>`),
      )
      .toBuffer();
    const iim = iimSegment([
      [2, 80, "IIM by-line"],
      [2, 116, "IIM copyright"],
    ]);
    expect(await readPhotoMetadata(insertSegment(xmp, iim))).toStrictEqual({
      creator: "XMP creator",
      copyright: "IIM copyright",
    });
  });

  it("reads EXIF's artist, copyright and clock, without an offset as local time", async () => {
    const jpeg = await sharp(SVG)
      .jpeg()
      .withExif({
        IFD0: { Artist: "J. Silva", Copyright: "(c) 2019 Reuters" },
        IFD2: { DateTimeOriginal: "2019:02:27 18:30:05" },
      })
      .toBuffer();
    expect(await readPhotoMetadata(jpeg)).toStrictEqual({
      creator: "J. Silva",
      copyright: "(c) 2019 Reuters",
      capturedAt: "2019-02-27T18:30:05",
    });
  });

  it("prefers a capture time that says its offset over the camera's clock without one", async () => {
    const jpeg = await sharp(SVG)
      .jpeg()
      .withExif({ IFD2: { DateTimeOriginal: "2019:02:27 18:30:05" } })
      .toBuffer();
    const iim = iimSegment([
      [1, 90, IIM_UTF8],
      [2, 55, "20190227"],
      [2, 60, "183005+0700"],
    ]);
    expect((await readPhotoMetadata(insertSegment(jpeg, iim))).capturedAt).toBe(
      "2019-02-27T18:30:05+07:00",
    );
  });

  it("turns the carriage returns agency tools end lines with into line feeds", async () => {
    const jpeg = await sharp(SVG).jpeg().toBuffer();
    const iim = iimSegment([
      [1, 90, IIM_UTF8],
      [2, 120, "Line one.\r\nLine two.\rLine three."],
    ]);
    expect((await readPhotoMetadata(insertSegment(jpeg, iim))).caption).toBe(
      "Line one.\nLine two.\nLine three.",
    );
  });

  it.each(["webp", "png", "avif"] as const)("reads XMP from %s too", async (format) => {
    const packet = xmpPacket(headline(xml(`"Hà Nội" & 김정은`)));
    const image = await sharp(SVG)[format]().withXmp(packet).toBuffer();
    expect(await readPhotoMetadata(image)).toStrictEqual({ title: `"Hà Nội" & 김정은` });
  });
});

const pixel = async (image: sharp.Sharp, x: number, y: number) => {
  const { data, info } = await image
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return [...data.subarray(0, info.channels)];
};

const near = (actual: number[], expected: readonly number[]) =>
  actual.every((value, index) => Math.abs(value - (expected[index] ?? NaN)) <= 3);

describe("makeAgencyPhotos", () => {
  it("writes rotated.jpg turned by EXIF, with the sky on top once upright", async () => {
    const stored = await sharp(photo("rotated.jpg")).metadata();
    expect([stored.orientation, stored.width, stored.height]).toEqual([6, 1200, 800]);
    const upright = sharp(await sharp(photo("rotated.jpg")).autoOrient().toBuffer());
    expect((await upright.metadata()).width).toBe(800);
    const [top = 0] = await pixel(upright.clone(), 400, 50);
    const [bottom = 0] = await pixel(upright.clone(), 400, 1150);
    expect(top).toBeGreaterThan(100);
    expect(bottom).toBeLessThan(60);
  });

  it("writes cmyk.jpg in CMYK, with a sky sharp reads back as documented", async () => {
    expect((await sharp(photo("cmyk.jpg")).metadata()).space).toBe("cmyk");
    const sky = await pixel(sharp(photo("cmyk.jpg")), 240, 160);
    expect(near(sky, AGENCY_COLOURS.cmyk.srgb)).toBe(true);
  });

  it("writes p3.jpg in Display P3, whose sky is only right when the profile is applied", async () => {
    expect((await sharp(photo("p3.jpg")).metadata()).icc).toBeInstanceOf(Buffer);
    const faithful = await pixel(sharp(photo("p3.jpg")), 240, 160);
    const naive = await pixel(sharp(photo("p3.jpg"), { ignoreIcc: true }), 240, 160);
    expect(near(faithful, AGENCY_COLOURS.p3.srgb)).toBe(true);
    expect(near(naive, AGENCY_COLOURS.p3.naive)).toBe(true);
  });

  it("writes deep.png with 16 bits a channel", async () => {
    expect((await sharp(photo("deep.png")).metadata()).depth).toBe("ushort");
  });

  it("writes huge.jpg 8000 pixels wide", async () => {
    expect((await sharp(photo("huge.jpg")).metadata()).width).toBe(8000);
  });

  it("writes truncated.jpg that cannot be decoded to the end", async () => {
    await expect(sharp(photo("truncated.jpg")).raw().toBuffer()).rejects.toThrow();
  });

  it("writes not-an-image.jpg that is no image at all", async () => {
    await expect(sharp(photo("not-an-image.jpg")).metadata()).rejects.toThrow();
  });
});
