import { describe, expect, it } from "vitest";
import { fillFromPhotos, filledFromFile } from "./fillFromPhotos";
import type { PhotoMetadata } from "./photoMetadata";

const FILE: PhotoMetadata = {
  title: "Headline from the file",
  caption: "  Caption from the file.\n",
  alt: "Alt text from the file",
  description: "Long description from the file",
  credit: "Reuters / Jorge Silva",
  creator: "Jorge Silva",
  copyright: "© 2019 Reuters",
  license: "https://example.org/licence",
  acquireLicensePage: "https://example.org/buy",
};

function storyWith(slide: Record<string, unknown>) {
  return { slug: "a-story", slides: [slide, { title: "Words", body: ["Text."] }] };
}

function fill(slide: Record<string, unknown>, metadata: PhotoMetadata = FILE) {
  return fillFromPhotos(storyWith(slide), new Map([[0, { src: "photo.jpg", metadata }]]));
}

const firstSlide = (json: unknown) => (json as { slides: Record<string, unknown>[] }).slides[0];

describe("fillFromPhotos", () => {
  it("fills every field story.json leaves out, trimming the file's white space", () => {
    const { json, filledFrom } = fill({ image: { src: "photo.jpg" } });
    expect(firstSlide(json)).toEqual({
      title: "Headline from the file",
      caption: "Caption from the file.",
      image: {
        src: "photo.jpg",
        alt: "Alt text from the file",
        description: "Long description from the file",
        credit: "Reuters / Jorge Silva",
        creator: "Jorge Silva",
        copyright: "© 2019 Reuters",
        license: "https://example.org/licence",
        acquireLicensePage: "https://example.org/buy",
      },
    });
    expect(filledFromFile(filledFrom, ["slides", 0, "image", "alt"])).toBe("photo.jpg");
    expect(filledFromFile(filledFrom, ["slides", 0, "caption"])).toBe("photo.jpg");
  });

  it.each([
    ["caption", { caption: "Written caption." }, ["caption"], "Written caption."],
    ["title", { title: "Written title" }, ["title"], "Written title"],
    [
      "an empty alt, which the schema then refuses",
      { image: { src: "photo.jpg", alt: "" } },
      ["image", "alt"],
      "",
    ],
  ])("lets story.json win where it sets the %s", (_, fields, at, written) => {
    const slide = { image: { src: "photo.jpg" }, ...fields };
    const { json, filledFrom } = fill(slide);
    let value: unknown = firstSlide(json);
    for (const key of at) value = (value as Record<string, unknown> | undefined)?.[key];
    expect(value).toBe(written);
    expect(filledFromFile(filledFrom, ["slides", 0, ...at])).toBeUndefined();
    // The fields story.json left out are still filled.
    expect(filledFrom.size).toBeGreaterThan(0);
  });

  it.each([
    ["a blank value", { caption: "  \n" }],
    ["no value", {}],
  ])("leaves a field out when the file has %s", (_, metadata) => {
    const { json, filledFrom } = fill({ image: { src: "photo.jpg" } }, metadata);
    expect(firstSlide(json)).toEqual({ image: { src: "photo.jpg" } });
    expect(filledFrom.size).toBe(0);
  });

  it.each([
    ["not an object", "text"],
    ["without slides", { slug: "x" }],
    ["with slides that are not a list", { slides: 3 }],
  ])("returns a story.json %s as it is, for the schema to report", (_, json) => {
    expect(fillFromPhotos(json, new Map()).json).toBe(json);
  });

  it("leaves slides without facts, or without an image object, as they are", () => {
    const story = { slides: [{ title: "No photo", body: ["x"] }, "not a slide"] };
    const photos = new Map([[1, { src: "photo.jpg", metadata: FILE }]]);
    expect(fillFromPhotos(story, photos).json).toEqual(story);
  });
});
