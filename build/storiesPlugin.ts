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
 * JPEG for the same look. (AVIF 40 is 38% smaller than sharp's default 50, with no visible loss.)
 */
const QUALITY = { avif: 40, webp: 72, jpeg: 78 } as const;

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

/** Builds the module's code: story data as JSON, each image's variants as an import. */
export function storiesModule(folders: readonly StoryFolder[]): string {
  const imports: string[] = [];
  const stories = folders.map(({ story, images }, storyIndex) => ({
    ...story,
    slides: story.slides.map((slide, slideIndex) => {
      const info = images[slideIndex];
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
    }),
  }));
  const data = JSON.stringify(stories, null, 1).replace(/"@@(picture_\w+)@@"/g, "$1");
  return [
    ...imports,
    // vite-imagetools leaves a format's srcset out of \`sources\` when it has a single width.
    `const only = (picture) => \`\${picture.img.src} \${picture.img.w}w\`;`,
    `const toImage = ({ avif, webp, jpeg, ...image }) => ({ ...image, src: jpeg.img.src, srcset: { avif, webp, jpeg: jpeg.sources.jpeg ?? only(jpeg) } });`,
    `const raw = ${data};`,
    `export const stories = raw.map((story) => ({ ...story, slides: story.slides.map((slide) => slide.image ? { ...slide, image: toImage(slide.image) } : slide) }));`,
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

/** Serves `virtual:stories`: every story folder, validated, with its photos' variants. */
export function storiesPlugin(options: { storiesDir: string }): Plugin {
  let root = process.cwd();
  return {
    name: "photo-story:stories",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(options.storiesDir);
      try {
        const folders = await readStories(options.storiesDir, root);
        for (const { file, images } of folders) {
          this.addWatchFile(file);
          for (const image of images) if (image) this.addWatchFile(image.file);
        }
        return storiesModule(folders);
      } catch (error) {
        if (error instanceof StoryFileError) this.error(`Bad story file:\n${error.message}`);
        throw error;
      }
    },
  };
}
