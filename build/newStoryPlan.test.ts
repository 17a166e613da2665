import { describe, expect, it } from "vitest";
import { storySchema } from "../src/story/storySchema";
import {
  NewStoryError,
  planNewStory,
  PLACEHOLDERS,
  type NewStoryInput,
  type PhotoFile,
} from "./newStoryPlan";
import type { PhotoMetadata } from "./photoMetadata";
import { TO_WRITE } from "./placeholderText";

const NOW = new Date("2024-05-06T07:08:09Z");

const file = (name: string, metadata: PhotoMetadata = {}): PhotoFile => ({ name, metadata });

function plan(files: PhotoFile[], input: Partial<NewStoryInput> = {}) {
  return planNewStory({
    folderName: "Hà Nội trip",
    files,
    now: NOW,
    nowOffsetMinutes: 0,
    ...input,
  });
}

const CREDITED: PhotoMetadata = {
  title: "Kim arrives",
  caption: "Kim Jong Un waves on arrival.",
  alt: "Kim Jong Un waves from a car window",
  credit: "Reuters",
  creator: "Jorge Silva",
  copyright: "© 2019 Reuters",
  license: "https://example.org/licence",
  description: "A long description.",
  capturedAt: "2019-02-27T18:30:05+07:00",
};

describe("planNewStory", () => {
  it("writes a story of placeholders for photos that say nothing", () => {
    const { story, photos, skipped, publishedFrom } = plan([file("b.jpg"), file("a.png")]);
    expect(story).toEqual({
      slug: "ha-noi-trip",
      lang: "en",
      headline: PLACEHOLDERS.headline,
      standfirst: PLACEHOLDERS.standfirst,
      published: "2024-05-06T07:08:09+00:00",
      timeZoneLabel: "UTC",
      credit: PLACEHOLDERS.credit,
      slides: ["a.png", "b.jpg"].map((src) => ({
        title: PLACEHOLDERS.title,
        image: { src, alt: PLACEHOLDERS.alt, focus: { x: 0.5, y: 0.5 } },
        caption: PLACEHOLDERS.caption,
      })),
    });
    expect(photos.map((photo) => photo.from)).toEqual(["a.png", "b.jpg"]);
    expect(skipped).toEqual([]);
    expect(publishedFrom).toBe("clock");
  });

  it("writes placeholders the schema takes as plain text, each marked to be found", () => {
    expect(storySchema.safeParse(plan([file("a.jpg")]).story).success).toBe(true);
    for (const text of Object.values(PLACEHOLDERS)) expect(text.startsWith(TO_WRITE)).toBe(true);
  });

  it("leaves out what the photo's file says, and writes its headline as the title", () => {
    const { story } = plan([file("a.jpg", CREDITED)]);
    expect(story).not.toHaveProperty("credit");
    expect(story.slides).toEqual([
      { title: "Kim arrives", image: { src: "a.jpg", focus: { x: 0.5, y: 0.5 } } },
    ]);
  });

  it.each<[string, PhotoFile[], string[]]>([
    [
      "by capture time, whatever the offsets, then those without one, by name",
      [
        file("z.jpg", { capturedAt: "2019-02-27T18:30:00+07:00" }), // 11:30 UTC
        file("img10.jpg"),
        file("y.jpg", { capturedAt: "2019-02-27T07:00:00-05:00" }), // 12:00 UTC
        file("img9.jpg"),
        file("x.jpg", { capturedAt: "2019-02-27T11:00:00Z" }),
      ],
      ["x.jpg", "z.jpg", "y.jpg", "img9.jpg", "img10.jpg"],
    ],
    [
      "photos taken at the same time, by name",
      [
        file("b.jpg", { capturedAt: "2019-02-27T11:00:00Z" }),
        file("a.jpg", { capturedAt: "2019-02-27T11:00:00Z" }),
      ],
      ["a.jpg", "b.jpg"],
    ],
    [
      "a capture time that cannot be read, as none",
      [file("b.jpg"), file("a.jpg", { capturedAt: "soon" })],
      ["a.jpg", "b.jpg"],
    ],
  ])("orders slides %s", (_, files, order) => {
    expect(plan(files).photos.map((photo) => photo.from)).toEqual(order);
  });

  it.each<[string, PhotoFile[], NewStoryInput["nowOffsetMinutes"], [string, string, string]]>([
    [
      "the first photo's time, in its offset",
      [file("a.jpg", CREDITED)],
      0,
      ["2019-02-27T18:30:05+07:00", "UTC+7", "photo"],
    ],
    [
      "a time with no offset, as UTC",
      [file("a.jpg", { capturedAt: "2019-02-27T18:30:05" })],
      0,
      ["2019-02-27T18:30:05+00:00", "UTC", "photo without time zone"],
    ],
    [
      "this computer's clock, in its offset",
      [file("a.jpg")],
      -420,
      ["2024-05-06T00:08:09-07:00", "UTC-7", "clock"],
    ],
  ])("publishes at %s", (_, files, offset, [published, label, from]) => {
    const made = plan(files, { nowOffsetMinutes: offset });
    expect([made.story.published, made.story.timeZoneLabel, made.publishedFrom]).toEqual([
      published,
      label,
      from,
    ]);
  });

  it("credits the story only when no photo says who made it", () => {
    expect(
      plan([file("a.jpg"), file("b.jpg", { creator: "Jorge Silva" })]).story,
    ).not.toHaveProperty("credit");
    expect(plan([file("a.jpg"), file("b.jpg")]).story).toHaveProperty(
      "credit",
      PLACEHOLDERS.credit,
    );
  });

  it("renames photos the schema would refuse, and skips files that are not photos", () => {
    const made = plan([file("Ảnh 1.JPG"), file("notes.txt"), file(".DS_Store"), file("clip.mov")]);
    expect(made.photos.map(({ from, to }) => [from, to])).toEqual([["Ảnh 1.JPG", "Anh-1.jpg"]]);
    expect(made.skipped).toEqual(["notes.txt", "clip.mov"]);
  });

  it.each<[string, string | undefined, string]>([
    ["the folder's name", undefined, "ha-noi-trip"],
    ["--slug", "hanoi-2019", "hanoi-2019"],
  ])("takes the slug from %s", (_, slug, expected) => {
    expect(plan([file("a.jpg")], { slug }).slug).toBe(expected);
  });

  it.each<[string, Partial<NewStoryInput>, PhotoFile[], RegExp]>([
    [
      "an invalid --slug",
      { slug: "Hanoi Trip" },
      [file("a.jpg")],
      /^--slug "Hanoi Trip" must be lowercase letters/,
    ],
    [
      "a folder name with no ASCII letter",
      { folderName: "김정은" },
      [file("a.jpg")],
      /^cannot make a slug from the folder name "김정은": give one with --slug/,
    ],
    [
      "a folder with no photo",
      {},
      [file("notes.txt")],
      /^no photos in Hà Nội trip: new-story takes JPEG, PNG, WebP, AVIF and SVG files$/,
    ],
  ])("refuses %s", (_, input, files, message) => {
    expect(() => plan(files, input)).toThrow(NewStoryError);
    expect(() => plan(files, input)).toThrow(message);
  });
});
