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

/** The import that makes an image's AVIF, WebP and JPEG variants (vite-imagetools). */
function variantsImport(file: string, width: number): string {
  const query = `w=${widthsFor(width).join(";")}&format=avif;webp;jpg&as=picture`;
  return `${file.split(path.sep).join("/")}?${query}`;
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
      imports.push(`import ${name} from ${JSON.stringify(variantsImport(info.file, info.width))};`);
      const { alt, focus } = slide.image;
      return {
        ...slide,
        image: {
          alt,
          focus,
          width: info.width,
          height: info.height,
          placeholder: info.placeholder,
          picture: `@@${name}@@`,
        },
      };
    }),
  }));
  const data = JSON.stringify(stories, null, 1).replace(/"@@(picture_\d+_\d+)@@"/g, "$1");
  return [
    ...imports,
    `const toImage = ({ picture, ...image }) => ({ ...image, src: picture.img.src, srcset: { avif: picture.sources.avif, webp: picture.sources.webp, jpeg: picture.sources.jpeg ?? picture.img.src } });`,
    `const raw = ${data};`,
    `export const stories = raw.map((story) => ({ ...story, slides: story.slides.map((slide) => slide.image ? { ...slide, image: toImage(slide.image) } : slide) }));`,
  ].join("\n");
}

/** Finds every `<storiesDir>/<folder>/story.json`, checks them all, and reports every problem. */
export async function readStories(storiesDir: string, root: string): Promise<StoryFolder[]> {
  const entries = await readdir(storiesDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results = await Promise.allSettled(
    folders.map((name) => {
      const folder = path.join(storiesDir, name);
      return readStoryFolder(folder, path.relative(root, path.join(folder, "story.json")));
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
  for (const { file, story } of read) {
    const other = seen.get(story.slug);
    if (other) {
      throw new StoryFileError(
        `${path.relative(root, file)}: field slug: "${story.slug}" is already the slug of ${path.relative(root, other)}`,
      );
    }
    seen.set(story.slug, file);
  }
  if (!read.length)
    throw new StoryFileError(`${path.relative(root, storiesDir)}: has no story folder`);
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
