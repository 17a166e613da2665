import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import type { StoryImage } from "../story/storyTypes";
import { photosToKeep, usedVariant } from "./photosToKeep";

const images = makeStory(6).slides.map((slide) => slide.image);
const withPortrait = (image: StoryImage | undefined, number: number): StoryImage | undefined =>
  image && {
    ...image,
    portrait: {
      width: 900,
      height: 1600,
      focus: { x: 0.5, y: 0.4 },
      srcset: {
        avif: `/assets/p-${number}-480.avif 480w, /assets/p-${number}-900.avif 900w`,
        webp: `/assets/p-${number}-480.webp 480w, /assets/p-${number}-900.webp 900w`,
      },
    },
  };

describe("usedVariant", () => {
  it("finds the srcset and width a loaded photo came from", () => {
    const first = images[0];
    if (!first) throw new Error("no photo");
    expect(usedVariant(first, "http://localhost/assets/photo-1-960.webp")).toEqual({
      kind: "webp",
      width: 960,
    });
    expect(usedVariant(first, "http://localhost/assets/other.webp")).toBeUndefined();
  });
});

describe("photosToKeep", () => {
  it("keeps the photos around the current slide in the kind and width in use", () => {
    expect(photosToKeep(images, 1, { kind: "avif", width: 960 }, 2, 1)).toEqual([
      "/assets/photo-1-960.avif",
      "/assets/photo-2-960.avif",
      "/assets/photo-3-960.avif",
      "/assets/photo-4-960.avif",
    ]);
  });

  it("takes the widest there is when none is as wide, and skips text-only slides", () => {
    expect(photosToKeep(images, 4, { kind: "jpeg", width: 2400 }, 5, 0)).toEqual([
      "/assets/photo-5-960.jpg",
    ]);
  });

  it("uses portrait crops where a photo has one, and its landscape kind where not", () => {
    const mixed = images.map((image, index) =>
      index % 2 === 0 ? withPortrait(image, index + 1) : image,
    );
    expect(photosToKeep(mixed, 0, { kind: "portrait-avif", width: 900 }, 1, 0)).toEqual([
      "/assets/p-1-900.avif",
      "/assets/photo-2-960.avif",
    ]);
  });
});
