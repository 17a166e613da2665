import type { Slide, SlidePage, StoryEntry, StoryImage } from "../story/storyTypes";

/** What vite-imagetools gives for an `as=picture` import: a srcset per format, and one image. */
export interface PictureVariants {
  sources: Partial<Record<string, string>>;
  img: { src: string; w: number; h: number };
}

/** The variants the build made of one picture (build/storyModules.ts imports them). */
export interface PictureSet {
  avif: string;
  webp: string;
  jpeg: PictureVariants;
  portrait?: { avif: string; webp: string };
}

/** A slide's image as a story's data module holds it: sized, and naming its picture. */
export type ImageData = Omit<StoryImage, "src" | "srcset" | "portrait"> & {
  picture: string;
  portrait?: Omit<NonNullable<StoryImage["portrait"]>, "srcset">;
};

type SlideData = Omit<Slide, "image"> & { image?: ImageData };
type StoryData = Omit<StoryEntry, "cover" | "pages"> & { cover?: ImageData };

/** vite-imagetools leaves a format's srcset out of `sources` when it has a single width. */
const only = (picture: PictureVariants) => `${picture.img.src} ${picture.img.w}w`;

/** Joins an image's data to the variants of the picture it names. */
export function storyImage(
  image: ImageData | undefined,
  pictures: Readonly<Record<string, PictureSet>>,
): StoryImage | undefined {
  if (!image) return undefined;
  const { picture, portrait, ...rest } = image;
  const variants = pictures[picture];
  if (!variants) throw new Error(`the story data names a picture it does not import: ${picture}`);
  const { avif, webp, jpeg, portrait: crop } = variants;
  const made = {
    ...rest,
    src: jpeg.img.src,
    srcset: { avif, webp, jpeg: jpeg.sources.jpeg ?? only(jpeg) },
  };
  return portrait && crop ? { ...made, portrait: { ...portrait, srcset: crop } } : made;
}

/** `virtual:stories`'s export: each story's data, its cover's variants and its pages' loaders. */
export function storyEntries(
  stories: readonly StoryData[],
  pictures: Readonly<Record<string, PictureSet>>,
  pages: readonly (readonly (() => Promise<SlidePage>)[])[],
): StoryEntry[] {
  return stories.map(({ cover, ...story }, index) => {
    const image = storyImage(cover, pictures);
    return { ...story, ...(image ? { cover: image } : {}), pages: pages[index] ?? [] };
  });
}

/** A page module's export: its slides, each with its photo's variants. */
export function pageSlides(
  slides: readonly SlideData[],
  pictures: Readonly<Record<string, PictureSet>>,
): Slide[] {
  return slides.map(({ image, ...slide }) => {
    const made = storyImage(image, pictures);
    return made ? { ...slide, image: made } : slide;
  });
}
