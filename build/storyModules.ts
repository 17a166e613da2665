import { fileURLToPath } from "node:url";
import { textDirection } from "../src/story/textDirection.ts";
import { formatDateline } from "../src/story/dateline.ts";
import type { StoryResolved, StoryVersion } from "../src/story/storyTypes.ts";
import { languageVersions } from "./languageVersions.ts";
import { FORMATS, portraitWidths, variantsImport, widthsFor } from "./photoVariants.ts";
import type { StoryFolder } from "./readStoryFolder.ts";

/** The id the app imports the stories by; a page of slides is `${STORIES_ID}/<story>/<page>`. */
export const STORIES_ID = "virtual:stories";

/** Slides per data module: a reader loads the pages around the slide it shows, never the story. */
export const PAGE_SIZE = 20;

/** The typed code that joins a module's data to its pictures' variants. */
const RUNTIME = JSON.stringify(
  fileURLToPath(new URL("../src/images/storyImageFromVariants.ts", import.meta.url)),
);

/** The variants of one picture, as the import names that hold them in the module's code. */
interface PictureImports {
  name: string;
  code: string[];
}

/** The number of data pages a story's slides fill. */
export function pageCount(folder: StoryFolder): number {
  return Math.ceil(folder.story.slides.length / PAGE_SIZE);
}

/**
 * What the build works out for a story once, so that the prerendered page and the reader in any
 * browser show the same: which way its text runs, its dateline in its language, and its versions
 * in other languages.
 */
export function resolveStory(
  story: StoryFolder["story"],
  versions: readonly StoryVersion[] = [],
): StoryResolved {
  return {
    dir: story.dir ?? textDirection(story.lang),
    dateline: formatDateline(story.published, story.timeZoneLabel, story.lang),
    versions,
  };
}

/** The imports of one picture's variants, and the object that gathers them under `name`. */
function pictureImports(
  name: string,
  info: NonNullable<StoryFolder["images"][number]>,
): PictureImports {
  const widths = widthsFor(info.width);
  const code = FORMATS.map(
    (format) =>
      `import ${name}_${format} from ${JSON.stringify(variantsImport(info.file, widths, format, info.rightsKey))};`,
  );
  const variants = FORMATS.map((format) => `${format}: ${name}_${format}`);
  if (info.portrait) {
    const { file, width } = info.portrait;
    for (const format of ["avif", "webp"] as const) {
      code.push(
        `import ${name}_portrait_${format} from ${JSON.stringify(variantsImport(file, portraitWidths(width), format, info.rightsKey))};`,
      );
    }
    variants.push(`portrait: { avif: ${name}_portrait_avif, webp: ${name}_portrait_webp }`);
  }
  return { name, code: [...code, `const ${name} = { ${variants.join(", ")} };`] };
}

/**
 * One slide's data, as plain JSON, and the imports of its photo's variants. The data names its
 * picture by key; the runtime (src/images/storyImageFromVariants.ts) joins the two, so story
 * text is only ever JSON and never patched as code.
 */
function slideData(
  folder: StoryFolder,
  storyIndex: number,
  slideIndex: number,
  pictures: PictureImports[],
) {
  const slide = folder.story.slides[slideIndex];
  const info = folder.images[slideIndex];
  if (!slide) throw new Error(`${folder.story.slug} has no slide ${slideIndex + 1}`);
  if (!slide.image || !info) return { ...slide, image: undefined };
  const name = `picture_${storyIndex}_${slideIndex}`;
  pictures.push(pictureImports(name, info));
  // The file name is the build's business; the reader gets the variants instead.
  const fields: Partial<typeof slide.image> = { ...slide.image };
  delete fields.src;
  const image = {
    ...fields,
    width: info.width,
    height: info.height,
    placeholder: info.placeholder,
    picture: name,
  };
  if (!info.portrait) return { ...slide, image };
  const { width, height, focus } = info.portrait;
  return { ...slide, image: { ...image, portrait: { width, height, focus } } };
}

/** The module's head: the runtime, each picture's variants, and the pictures by name. */
function picturesCode(runtime: string, pictures: readonly PictureImports[]): string[] {
  return [
    `import { ${runtime} } from ${RUNTIME};`,
    ...pictures.flatMap((picture) => picture.code),
    `const pictures = { ${pictures.map((picture) => picture.name).join(", ")} };`,
  ];
}

/** Data as module code: JSON, which is also JavaScript. */
const asCode = (value: unknown) => JSON.stringify(value, null, 1);

/**
 * `virtual:stories`: what the app needs before any slide, for every story: its fields, its slide
 * count, its cover photo, and a loader per page of slides. Its size does not grow with the slides.
 */
export function storyIndexModule(folders: readonly StoryFolder[]): string {
  const pictures: PictureImports[] = [];
  const versions = languageVersions(folders);
  const entries = folders.map((folder, storyIndex) => {
    const { slides, ...fields } = folder.story;
    const coverIndex = slides.findIndex((slide) => slide.image);
    const cover =
      coverIndex < 0 ? undefined : slideData(folder, storyIndex, coverIndex, pictures).image;
    const resolved = resolveStory(folder.story, versions.get(folder.story.slug));
    // The resolved versions (every one, named on either side) stand for those story.json names.
    return { ...fields, ...resolved, slideCount: slides.length, pageSize: PAGE_SIZE, cover };
  });
  const pages = folders.map(
    (folder, storyIndex) =>
      `[${Array.from(
        { length: pageCount(folder) },
        (_, page) => `() => import(${JSON.stringify(`${STORIES_ID}/${storyIndex}/${page}`)})`,
      ).join(", ")}]`,
  );
  return [
    ...picturesCode("storyEntries", pictures),
    `const pages = [${pages.join(", ")}];`,
    `export const stories = storyEntries(${asCode(entries)}, pictures, pages);`,
  ].join("\n");
}

/** `virtual:stories/<story>/<page>`: one page of a story's slides, with their photos' variants. */
export function storyPageModule(folder: StoryFolder, storyIndex: number, page: number): string {
  const pictures: PictureImports[] = [];
  const first = page * PAGE_SIZE;
  const last = Math.min(first + PAGE_SIZE, folder.story.slides.length);
  const slides = [];
  for (let index = first; index < last; index += 1)
    slides.push(slideData(folder, storyIndex, index, pictures));
  return [
    ...picturesCode("pageSlides", pictures),
    `export const slides = pageSlides(${asCode(slides)}, pictures);`,
  ].join("\n");
}
