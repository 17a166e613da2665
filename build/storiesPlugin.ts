import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";
import { readStoryFolder, StoryFileError, type StoryFolder } from "./readStoryFolder.ts";

const VIRTUAL_ID = "virtual:stories";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Widths made of every photo, phone to 4K; never wider than the original. */
export const IMAGE_WIDTHS = [480, 960, 1600, 2400] as const;

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
): string {
  const output = format === "jpeg" ? "picture" : "srcset";
  return `${file.split(path.sep).join("/")}?w=${widths.join(";")}&format=${format}&quality=${QUALITY[format]}&as=${output}`;
}

/** A portrait crop's widths: the usual ones that fit, and its own full width. */
function portraitWidths(width: number): number[] {
  return [...new Set([...IMAGE_WIDTHS.filter((w) => w < width), width])];
}

/** Slides per data module: a reader loads the pages around the slide it shows, never the story. */
export const PAGE_SIZE = 20;

/** One slide's data as module code: its fields, and an import per format of its photo's variants. */
function slideCode(folder: StoryFolder, storyIndex: number, slideIndex: number, imports: string[]) {
  const slide = folder.story.slides[slideIndex];
  const info = folder.images[slideIndex];
  if (!slide) throw new Error(`${folder.story.slug} has no slide ${slideIndex + 1}`);
  if (!slide.image || !info) return { ...slide, image: undefined };
  const name = `picture_${storyIndex}_${slideIndex}`;
  const widths = widthsFor(info.width);
  for (const format of ["avif", "webp", "jpeg"] as const) {
    imports.push(
      `import ${name}_${format} from ${JSON.stringify(variantsImport(info.file, widths, format))};`,
    );
  }
  const { alt, focus } = slide.image;
  const image = {
    alt,
    focus,
    width: info.width,
    height: info.height,
    placeholder: info.placeholder,
    avif: `@@${name}_avif@@`,
    webp: `@@${name}_webp@@`,
    jpeg: `@@${name}_jpeg@@`,
  };
  if (!info.portrait) return { ...slide, image };
  const { file, width, height, focus: portraitFocus } = info.portrait;
  for (const format of ["avif", "webp"] as const) {
    imports.push(
      `import ${name}_portrait_${format} from ${JSON.stringify(variantsImport(file, portraitWidths(width), format))};`,
    );
  }
  const portrait = {
    width,
    height,
    focus: portraitFocus,
    srcset: { avif: `@@${name}_portrait_avif@@`, webp: `@@${name}_portrait_webp@@` },
  };
  return { ...slide, image: { ...image, portrait } };
}

/** Turns the variant imports vite-imagetools gives into the reader's StoryImage. */
const TO_IMAGE = [
  // vite-imagetools leaves a format's srcset out of \`sources\` when it has a single width.
  `const only = (picture) => \`\${picture.img.src} \${picture.img.w}w\`;`,
  `const toImage = (image) => { if (!image) return undefined; const { avif, webp, jpeg, ...rest } = image; return { ...rest, src: jpeg.img.src, srcset: { avif, webp, jpeg: jpeg.sources.jpeg ?? only(jpeg) } }; };`,
];

const asCode = (value: unknown) =>
  JSON.stringify(value, null, 1).replace(/"@@(picture_\w+)@@"/g, "$1");

/** The number of data pages a story's slides fill. */
export function pageCount(folder: StoryFolder): number {
  return Math.ceil(folder.story.slides.length / PAGE_SIZE);
}

/**
 * `virtual:stories`: what the app needs before any slide, for every story: its fields, its slide
 * count, its cover photo, and a loader per page of slides. Its size does not grow with the slides.
 */
export function storyIndexModule(folders: readonly StoryFolder[]): string {
  const imports: string[] = [];
  const entries = folders.map((folder, storyIndex) => {
    const { slides, ...fields } = folder.story;
    const coverIndex = slides.findIndex((slide) => slide.image);
    const cover =
      coverIndex < 0 ? undefined : slideCode(folder, storyIndex, coverIndex, imports).image;
    const pages = Array.from(
      { length: pageCount(folder) },
      (_, page) => `@@page:${storyIndex}/${page}@@`,
    );
    return { ...fields, slideCount: slides.length, pageSize: PAGE_SIZE, cover, pages };
  });
  const data = asCode(entries).replace(
    /"@@page:(\d+\/\d+)@@"/g,
    (_, page: string) => `() => import(${JSON.stringify(`${VIRTUAL_ID}/${page}`)})`,
  );
  return [
    ...imports,
    ...TO_IMAGE,
    `const raw = ${data};`,
    `export const stories = raw.map((story) => ({ ...story, cover: toImage(story.cover) }));`,
  ].join("\n");
}

/** `virtual:stories/<story>/<page>`: one page of a story's slides, with their photos' variants. */
export function storyPageModule(folder: StoryFolder, storyIndex: number, page: number): string {
  const imports: string[] = [];
  const first = page * PAGE_SIZE;
  const last = Math.min(first + PAGE_SIZE, folder.story.slides.length);
  const slides = [];
  for (let index = first; index < last; index += 1)
    slides.push(slideCode(folder, storyIndex, index, imports));
  return [
    ...imports,
    ...TO_IMAGE,
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
        const folders = await read();
        for (const { file, images } of folders) {
          this.addWatchFile(file);
          for (const image of images) if (image) this.addWatchFile(image.file);
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
