import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";
import { IMAGE_WIDTHS } from "./photoVariants.ts";
import { RIGHTS_PARAMETER } from "./keepRights.ts";
import { readStoryFolder, StoryFileError, type StoryFolder } from "./readStoryFolder.ts";
import { formatStoryIssues } from "../src/story/storyIssues.ts";
import { storyWarnings } from "./storyWarnings.ts";

const VIRTUAL_ID = "virtual:stories";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function widthsFor(width: number): number[] {
  const fitting = IMAGE_WIDTHS.filter((w) => w <= width);
  return fitting.length ? fitting : [width];
}

/**
 * Quality per format, chosen by eye on the illustrations at full size: AVIF and WebP go lower than
 * JPEG for the same look. AVIF 34 is about half the size of sharp's default 50 with no visible loss on
 * these pictures; the lead photo is on the path to the largest paint, so every kilobyte counts.
 */
const QUALITY = { avif: 34, webp: 72, jpeg: 78 } as const;

/** The import that makes an image's variants in one format (vite-imagetools). */
function variantsImport(
  file: string,
  widths: readonly number[],
  format: keyof typeof QUALITY,
  rightsKey: string | undefined,
): string {
  const output = format === "jpeg" ? "picture" : "srcset";
  // The rights key keeps the photo's rights metadata, the only metadata its normalized copy has.
  const keep = rightsKey ? `&${RIGHTS_PARAMETER}=${rightsKey}` : "";
  return `${file.split(path.sep).join("/")}?w=${widths.join(";")}&format=${format}&quality=${QUALITY[format]}${keep}&as=${output}`;
}

/** A portrait crop's widths: the usual ones that fit, and its own full width. */
function portraitWidths(width: number): number[] {
  return [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), width])];
}

/** Slides per data module: a reader loads the pages around the slide it shows, never the story. */
export const PAGE_SIZE = 20;

/** The variants of one picture, as the import names that hold them in the module's code. */
interface PictureImports {
  name: string;
  code: string[];
}

/**
 * One slide's data, as plain JSON, and the imports of its photo's variants. The data names its
 * picture by key; the module's code joins the two (toImageCode), so story text is only ever JSON and
 * never patched as code.
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
  const widths = widthsFor(info.width);
  const code = (["avif", "webp", "jpeg"] as const).map(
    (format) =>
      `import ${name}_${format} from ${JSON.stringify(variantsImport(info.file, widths, format, info.rightsKey))};`,
  );
  const variants = [`avif: ${name}_avif`, `webp: ${name}_webp`, `jpeg: ${name}_jpeg`];
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
  if (!info.portrait) {
    pictures.push({ name, code: [...code, `const ${name} = { ${variants.join(", ")} };`] });
    return { ...slide, image };
  }
  const { file, width, height, focus: portraitFocus } = info.portrait;
  for (const format of ["avif", "webp"] as const) {
    code.push(
      `import ${name}_portrait_${format} from ${JSON.stringify(variantsImport(file, portraitWidths(width), format, info.rightsKey))};`,
    );
  }
  variants.push(`portrait: { avif: ${name}_portrait_avif, webp: ${name}_portrait_webp }`);
  pictures.push({ name, code: [...code, `const ${name} = { ${variants.join(", ")} };`] });
  return { ...slide, image: { ...image, portrait: { width, height, focus: portraitFocus } } };
}

/** Turns a picture's key and the variant imports vite-imagetools gives into the reader's StoryImage. */
function toImageCode(pictures: readonly PictureImports[]): string[] {
  return [
    ...pictures.flatMap((picture) => picture.code),
    `const pictures = { ${pictures.map((picture) => picture.name).join(", ")} };`,
    // vite-imagetools leaves a format's srcset out of `sources` when it has a single width.
    "const only = (picture) => `${picture.img.src} ${picture.img.w}w`;",
    `const toImage = (image) => {
  if (!image) return undefined;
  const { picture, portrait, ...rest } = image;
  const { avif, webp, jpeg, portrait: crop } = pictures[picture];
  const made = { ...rest, src: jpeg.img.src, srcset: { avif, webp, jpeg: jpeg.sources.jpeg ?? only(jpeg) } };
  return portrait ? { ...made, portrait: { ...portrait, srcset: crop } } : made;
};`,
  ];
}

/** Data as module code: JSON, which is also JavaScript. */
const asCode = (value: unknown) => JSON.stringify(value, null, 1);

/** The number of data pages a story's slides fill. */
export function pageCount(folder: StoryFolder): number {
  return Math.ceil(folder.story.slides.length / PAGE_SIZE);
}

/**
 * `virtual:stories`: what the app needs before any slide, for every story: its fields, its slide
 * count, its cover photo, and a loader per page of slides. Its size does not grow with the slides.
 */
export function storyIndexModule(folders: readonly StoryFolder[]): string {
  const pictures: PictureImports[] = [];
  const entries = folders.map((folder, storyIndex) => {
    const { slides, ...fields } = folder.story;
    const coverIndex = slides.findIndex((slide) => slide.image);
    const cover =
      coverIndex < 0 ? undefined : slideData(folder, storyIndex, coverIndex, pictures).image;
    return { ...fields, slideCount: slides.length, pageSize: PAGE_SIZE, cover };
  });
  const pages = folders.map(
    (folder, storyIndex) =>
      `[${Array.from(
        { length: pageCount(folder) },
        (_, page) => `() => import(${JSON.stringify(`${VIRTUAL_ID}/${storyIndex}/${page}`)})`,
      ).join(", ")}]`,
  );
  return [
    ...toImageCode(pictures),
    `const pages = [${pages.join(", ")}];`,
    `const raw = ${asCode(entries)};`,
    `export const stories = raw.map((story, index) => ({ ...story, cover: toImage(story.cover), pages: pages[index] }));`,
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
    ...toImageCode(pictures),
    `const raw = ${asCode(slides)};`,
    `export const slides = raw.map((slide) => slide.image ? { ...slide, image: toImage(slide.image) } : slide);`,
  ].join("\n");
}

/** Finds every `<storiesDir>/<folder>/story.json`, checks them all, and reports every problem. */
export async function readStories(
  storiesDir: string,
  root: string,
  cacheDir = path.join(root, "node_modules/.cache/photo-story"),
): Promise<StoryFolder[]> {
  const entries = await readdir(storiesDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results = await Promise.allSettled(
    folders.map((name) => {
      const folder = path.join(storiesDir, name);
      return readStoryFolder(
        folder,
        path.relative(root, path.join(folder, "story.json")),
        cacheDir,
      );
    }),
  );
  const problems = results.flatMap((result) =>
    result.status === "rejected" ? [result.reason] : [],
  );
  if (problems.length) {
    const known = problems.every((problem) => problem instanceof StoryFileError);
    if (!known) throw problems[0];
    throw new StoryFileError(problems.map((problem: StoryFileError) => problem.message).join("\n"));
  }
  const read = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const { file, story } of read) {
    const other = seen.get(story.slug);
    if (other) {
      duplicates.push(
        `${path.relative(root, file)}: field slug: "${story.slug}" is already the slug of ${path.relative(root, other)}`,
      );
    } else seen.set(story.slug, file);
  }
  if (duplicates.length) throw new StoryFileError(duplicates.join("\n"));
  if (!read.length)
    throw new StoryFileError(
      `${path.relative(root, storiesDir)}: has no story folder; each story is a folder in it with a story.json`,
    );
  return read;
}

/**
 * Serves `virtual:stories` (every story folder, validated, without its slides) and
 * `virtual:stories/<story>/<page>` (a page of a story's slides, with their photos' variants).
 */
export function storiesPlugin(options: { storiesDir: string }): Plugin {
  let root = process.cwd();
  let reading: Promise<StoryFolder[]> | undefined;
  // The reading whose warnings were shown: every module of it loads the same stories.
  let warned: Promise<StoryFolder[]> | undefined;
  const read = () => (reading ??= readStories(options.storiesDir, root));
  return {
    name: "photo-story:stories",
    configResolved(config) {
      root = config.root;
    },
    watchChange() {
      reading = undefined;
    },
    resolveId(id) {
      return id === VIRTUAL_ID || id.startsWith(`${VIRTUAL_ID}/`) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && !id.startsWith(`${RESOLVED_ID}/`)) return undefined;
      this.addWatchFile(options.storiesDir);
      try {
        const current = read();
        const folders = await current;
        if (warned !== current) {
          warned = current;
          for (const folder of folders) {
            const warnings = storyWarnings(folder);
            if (warnings.length)
              this.warn(formatStoryIssues(path.relative(root, folder.file), warnings));
          }
        }
        for (const { file, images } of folders) {
          this.addWatchFile(file);
          for (const image of images) if (image) this.addWatchFile(image.original);
        }
        if (id === RESOLVED_ID) return storyIndexModule(folders);
        const [storyIndex, page] = id
          .slice(RESOLVED_ID.length + 1)
          .split("/")
          .map(Number);
        const folder = folders[storyIndex ?? -1];
        if (!folder || page === undefined || !(page >= 0 && page < pageCount(folder)))
          this.error(`${id.slice(1)} is not a page of any story`);
        return storyPageModule(folder, storyIndex ?? 0, page);
      } catch (error) {
        if (error instanceof StoryFileError) {
          reading = undefined;
          this.error(`Bad story file:\n${error.message}`);
        }
        throw error;
      }
    },
  };
}
