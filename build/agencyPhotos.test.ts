// @vitest-environment node
// readStoryFolder on photos as agencies send them: metadata in the files, turned, CMYK, P3,
// 16-bit, huge, truncated, not images at all.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENCY_COLOURS,
  AGENCY_METADATA,
  makeAgencyPhotos,
} from "../tests/fixtures/makeAgencyPhotos.mjs";
import { exifTags, PRIVATE_TAGS } from "../tests/exifTags";
import { MAX_PHOTO_WIDTH } from "./photoVariants";
import { readStoryFolder } from "./readStoryFolder";

let folder = "";
let cacheDir = "";

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "agency-photos-"));
  cacheDir = await mkdtemp(path.join(tmpdir(), "agency-photos-cache-"));
  await makeAgencyPhotos(folder);
});

afterAll(async () => {
  await Promise.all([folder, cacheDir].map((dir) => rm(dir, { recursive: true, force: true })));
});

function story(slides: unknown[]) {
  return {
    slug: "agency",
    lang: "en",
    headline: "Agency photos",
    standfirst: "Photos that describe themselves.",
    published: "2019-02-27T18:30:00+07:00",
    timeZoneLabel: "ICT",
    slides,
  };
}

async function read(slides: unknown[]) {
  await writeFile(path.join(folder, "story.json"), JSON.stringify(story(slides)));
  return readStoryFolder(folder, "agency/story.json", cacheDir);
}

/** The colour of the normalized photo at a point given in fractions of its size. */
async function colourAt(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at =
    (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) *
    info.channels;
  return [...data.subarray(at, at + 3)];
}

const near = (actual: number[], expected: readonly number[], tolerance = 6) =>
  actual.every((value, index) => Math.abs(value - (expected[index] ?? NaN)) <= tolerance);

describe("a story of agency photos", () => {
  it("takes every field story.json leaves out from the photo's XMP, exactly", async () => {
    const { story: read1 } = await read([{ image: { src: "agency-xmp.jpg" } }]);
    const xmp = AGENCY_METADATA.xmp;
    expect(read1.slides[0]).toEqual({
      title: xmp.title,
      caption: xmp.caption,
      body: [],
      image: {
        src: "agency-xmp.jpg",
        alt: xmp.alt,
        focus: { x: 0.5, y: 0.5 },
        description: xmp.description,
        credit: xmp.credit,
        creator: xmp.creator,
        copyright: xmp.copyright,
        license: xmp.license,
        acquireLicensePage: xmp.acquireLicensePage,
      },
    });
  });

  it("takes the caption and rights from IPTC IIM, and lets story.json win", async () => {
    const { story: read1 } = await read([
      {
        title: "Written title",
        image: { src: "agency-iim.jpg", alt: "Written alt text.", credit: "Written credit" },
      },
    ]);
    const iim = AGENCY_METADATA.iim;
    expect(read1.slides[0]).toMatchObject({
      title: "Written title",
      caption: iim.caption,
      image: {
        alt: "Written alt text.",
        credit: "Written credit",
        creator: iim.creator,
        copyright: iim.copyright,
      },
    });
  });

  it("fails with the same message as before when neither story.json nor the file has alt text", async () => {
    await expect(read([{ title: "No alt", image: { src: "agency-iim.jpg" } }])).rejects.toThrow(
      "agency/story.json: slide 1, field image.alt: is missing",
    );
  });

  it("names the photo when a field it filled breaks a rule", async () => {
    const marked = path.join(folder, "marked.jpg");
    await sharp(
      await sharp({ create: { width: 64, height: 48, channels: 3, background: "#456" } })
        .jpeg()
        .toBuffer(),
    )
      .withXmp(
        `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">A &lt;b&gt;bold&lt;/b&gt; caption</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`,
      )
      .toFile(marked);
    await expect(
      read([{ title: "Marked", image: { src: "marked.jpg", alt: "A square." } }]),
    ).rejects.toThrow(
      "agency/story.json: slide 1, field caption: must be plain text, not HTML (in marked.jpg's metadata)",
    );
  });

  it("serves photos upright, in sRGB, 8 bits, no wider than the widest variant", async () => {
    const alt = { alt: "A scene." };
    const slides = ["rotated.jpg", "cmyk.jpg", "p3.jpg", "deep.png", "huge.jpg"].map((src) => ({
      title: src,
      caption: `From ${src}.`,
      image: { src, ...alt },
    }));
    const { images } = await read(slides);
    const [rotated, cmyk, p3, deep, huge] = images;
    expect(rotated).toMatchObject({ width: 800, height: 1200 });
    const sky = await colourAt(rotated?.file ?? "", 0.5, 0.05);
    const ground = await colourAt(rotated?.file ?? "", 0.5, 0.95);
    expect(sky[2]).toBeGreaterThan(200);
    expect(ground[2]).toBeLessThan(60);
    const { x, y } = AGENCY_COLOURS.sample;
    expect(near(await colourAt(cmyk?.file ?? "", x, y), AGENCY_COLOURS.cmyk.srgb)).toBe(true);
    const p3Colour = await colourAt(p3?.file ?? "", x, y);
    expect(near(p3Colour, AGENCY_COLOURS.p3.srgb)).toBe(true);
    expect(near(p3Colour, AGENCY_COLOURS.p3.naive)).toBe(false);
    for (const image of [cmyk, p3, deep, huge]) {
      const metadata = await sharp(image?.file ?? "").metadata();
      expect({ space: metadata.space, depth: metadata.depth, icc: metadata.icc }).toEqual({
        space: "srgb",
        depth: "uchar",
        icc: undefined,
      });
    }
    expect(huge).toMatchObject({
      width: MAX_PHOTO_WIDTH,
      height: Math.round((5333 * MAX_PHOTO_WIDTH) / 8000),
    });
  });

  it("keeps only the rights in the served copy: no location, camera, serial number or time", async () => {
    const original = await exifTags(path.join(folder, "agency-xmp.jpg"));
    // The test photo does carry what must not be served.
    expect(original).toMatchObject({ Make: "Canon", latitude: expect.any(Number) });
    const { images } = await read([{ image: { src: "agency-xmp.jpg" } }]);
    const served = images[0]?.file ?? "";
    const tags = await exifTags(served);
    for (const tag of PRIVATE_TAGS) expect(tags, tag).not.toHaveProperty(tag);
    expect(tags).toMatchObject({ Artist: AGENCY_METADATA.xmp.creator });
    const metadata = await sharp(served).metadata();
    expect(metadata.iptc).toBeUndefined();
    const xmp = metadata.xmp?.toString("utf8") ?? "";
    expect(xmp).not.toContain(AGENCY_METADATA.exif.bodySerialNumber);
    expect(xmp).toContain(AGENCY_METADATA.xmp.copyright);
  });

  it("writes EXIF rights in ASCII where they can be, and leaves out what cannot", async () => {
    const { images } = await read([
      {
        image: {
          src: "agency-xmp.jpg",
          creator: "Trần Minh Đức",
          copyright: "김정은 사진",
        },
      },
    ]);
    const served = images[0]?.file ?? "";
    const tags = await exifTags(served);
    expect(tags.Artist).toBe("Tran Minh Duc");
    expect(tags).not.toHaveProperty("Copyright");
    const xmp = (await sharp(served).metadata()).xmp?.toString("utf8") ?? "";
    expect(xmp).toContain("Trần Minh Đức");
    expect(xmp).toContain("김정은 사진");
  });

  it("makes one photo at two focal points, at once, from an empty cache", async () => {
    const emptyCache = await mkdtemp(path.join(tmpdir(), "agency-cache-"));
    await writeFile(
      path.join(folder, "story.json"),
      JSON.stringify(
        story(
          [0.2, 0.8].map((x) => ({
            title: `Focus ${x}`,
            image: { src: "cmyk.jpg", alt: "A field.", focus: { x, y: 0.5 } },
            caption: "A field.",
          })),
        ),
      ),
    );
    const read2 = await readStoryFolder(folder, "agency/story.json", emptyCache);
    expect(read2.images.map((image) => image?.file)).toHaveLength(2);
    expect(read2.images[0]?.file).toBe(read2.images[1]?.file);
    await rm(emptyCache, { recursive: true, force: true });
  });

  it("keeps a transparent picture transparent", async () => {
    await sharp({
      create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toFile(path.join(folder, "clear.png"));
    const { images } = await read([
      { title: "Clear", caption: "Nothing.", image: { src: "clear.png", alt: "Nothing." } },
    ]);
    expect((await sharp(images[0]?.file ?? "").metadata()).hasAlpha).toBe(true);
  });

  it.each([
    [
      "truncated.jpg",
      /slide 1, field image\.src: truncated\.jpg is truncated or damaged: the build could not decode the whole picture \(/,
    ],
    [
      "not-an-image.jpg",
      /slide 1, field image\.src: not-an-image\.jpg is not an image the build can read \(/,
    ],
  ])("says clearly what is wrong with %s", async (src, message) => {
    await expect(
      read([{ title: "Broken", caption: "Broken.", image: { src, alt: "Nothing." } }]),
    ).rejects.toThrow(message);
  });
});
