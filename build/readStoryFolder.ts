import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { storySchema, type StorySource } from "../src/story/storySchema.ts";
import { formatStoryIssues, type StoryIssue } from "../src/story/storyIssues.ts";
import { portraitCrop } from "../src/images/portraitCrop.ts";
import { fillFromPhotos, filledFromFile, type SlidePhotoFacts } from "./fillFromPhotos.ts";
import { normalizePhoto } from "./normalizePhoto.ts";
import { readPhotoMetadata } from "./photoMetadata.ts";
import { hasRights, type PhotoRights } from "./rightsXmp.ts";

/** What the build knows of one image file beside a story.json. */
export interface ImageFileInfo {
  /** The file the variants are made from: the original for SVG, its normalized copy otherwise. */
  file: string;
  /** The file beside story.json, which the dev server watches. */
  original: string;
  /** Whether the variants carry the photo's rights in their metadata. */
  rights: boolean;
  /** A drawing (SVG), which has no pixel size to fall short of. */
  vector: boolean;
  /** The original file's SHA-256, which tells the same photo under two names. */
  hash: string;
  width: number;
  height: number;
  /** A tiny blurred WebP as a data URL. */
  placeholder: string;
  /** A 9:16 crop around the focal point, written to the build cache, for portrait screens. */
  portrait?: { file: string; width: number; height: number; focus: { x: number; y: number } };
}

/** Where the build keeps files it derives from story images (portrait crops). */
const DEFAULT_CACHE_DIR = path.resolve("node_modules/.cache/photo-story");

export interface StoryFolder {
  file: string;
  story: StorySource;
  /** Per slide, the image file's facts, or undefined for a slide without a photo. */
  images: (ImageFileInfo | undefined)[];
}

/** A story file that cannot be used; its message has one line per problem. */
export class StoryFileError extends Error {
  override name = "StoryFileError";
}

const PLACEHOLDER_WIDTH = 24;

function jsonSyntaxIssue(source: string, error: unknown): StoryIssue {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(reason);
  if (!position?.[1]) return { path: [], message: `is not valid JSON (${reason})` };
  const at = Number(position[1]);
  const before = source.slice(0, at).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  // V8 says where by offset, and newer versions add "(line 2 column 3)": say it once, the same on
  // every Node version, as line and column.
  const what = reason.replace(/\s*in JSON at position \d+.*$/s, "");
  const said = `${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  const hint = source.startsWith("/", at)
    ? " (JSON allows no comments)"
    : /,\s*$/.test(source.slice(0, at)) && /^\s*[}\]]/.test(source.slice(at))
      ? " (JSON allows no comma after the last item)"
      : "";
  return {
    path: [],
    message: `is not valid JSON at line ${line}, column ${column}: ${said}${hint}`,
  };
}

/** Writes (once) the portrait crop of an image and returns where it is. */
async function writePortrait(
  file: string,
  focus: { x: number; y: number },
  width: number,
  height: number,
  cacheDir: string,
  rights: boolean,
): Promise<ImageFileInfo["portrait"]> {
  const crop = portraitCrop(width, height, focus);
  if (!crop) return undefined;
  const source = await readFile(file);
  const key = createHash("sha256")
    .update(source)
    .update(JSON.stringify([crop.box, rights]))
    .digest("hex")
    .slice(0, 16);
  const out = path.join(
    cacheDir,
    `${path.basename(file).replace(/\.[^.]+$/, "")}-portrait-${key}.png`,
  );
  const exists = await stat(out).catch(() => undefined);
  if (!exists) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(
      out,
      // A normalized photo's only metadata is its rights, which the crop keeps.
      await (rights ? sharp(source).keepExif().keepXmp() : sharp(source))
        .extract(crop.box)
        .png({ compressionLevel: 3 })
        .toBuffer(),
    );
  }
  return { file: out, width: crop.box.width, height: crop.box.height, focus: crop.focus };
}

/** Reads the picture `file` (named `src` in story.json), which exists. */
async function readImage(
  file: string,
  src: string,
  focus: { x: number; y: number },
  rights: PhotoRights,
  cacheDir: string,
): Promise<ImageFileInfo | string> {
  // A vector drawing is served as drawn; a photo from its upright, sRGB, rights-only copy.
  const vector = /\.svg$/i.test(file);
  const normalized = vector ? { file } : await normalizePhoto(file, src, rights, cacheDir);
  if (typeof normalized === "string") return normalized;
  const served = normalized.file;
  const keepsRights = !vector && hasRights(rights);
  try {
    const image = sharp(served);
    const { width, height } = await image.metadata();
    if (!width || !height) return `${src} has no size`;
    const preview = await image
      .resize(PLACEHOLDER_WIDTH)
      .blur(0.6)
      .webp({ quality: 40 })
      .toBuffer();
    const placeholder = `data:image/webp;base64,${preview.toString("base64")}`;
    const portrait = await writePortrait(served, focus, width, height, cacheDir, keepsRights);
    const hash = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
    const info = {
      file: served,
      original: file,
      rights: keepsRights,
      vector,
      hash,
      width,
      height,
      placeholder,
    };
    return portrait ? { ...info, portrait } : info;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${src} is not an image the build can read (${reason})`;
  }
}

/**
 * A story may show one picture on many slides: each version of a picture (with its focal point and
 * rights) is read once, so the build's image work grows with the pictures, not with the slides; a
 * file that changes (as in the dev server) is read again.
 */
const readings = new Map<string, Promise<ImageFileInfo | string>>();

/** The place of a slide's picture beside story.json, if it exists as a file. */
async function existingFile(folder: string, src: string) {
  const file = path.join(folder, src);
  const version = await stat(file).catch(() => undefined);
  return version?.isFile() ? { file, version } : undefined;
}

async function readImageOnce(
  folder: string,
  src: string,
  focus: { x: number; y: number },
  rights: PhotoRights,
  cacheDir: string,
): Promise<ImageFileInfo | string> {
  const found = await existingFile(folder, src);
  if (!found) return `names ${src}, which does not exist beside story.json`;
  const { file, version } = found;
  const key = JSON.stringify([file, version.mtimeMs, version.size, focus, rights, cacheDir]);
  let reading = readings.get(key);
  if (!reading) {
    reading = readImage(file, src, focus, rights, cacheDir);
    readings.set(key, reading);
  }
  return reading;
}

/** What the metadata of each slide's photo says, for the slides whose image names a file. */
async function readPhotoFacts(
  folder: string,
  json: unknown,
): Promise<Map<number, SlidePhotoFacts>> {
  const facts = new Map<number, SlidePhotoFacts>();
  const slides =
    typeof json === "object" && json !== null && "slides" in json && Array.isArray(json.slides)
      ? (json.slides as unknown[])
      : [];
  await Promise.all(
    slides.map(async (slide, index) => {
      const src = (slide as { image?: { src?: unknown } } | null)?.image?.src;
      if (typeof src !== "string" || src.includes("/") || src.includes("\\")) return;
      const found = await existingFile(folder, src);
      if (found) facts.set(index, { src, metadata: await readPhotoMetadata(found.file) });
    }),
  );
  return facts;
}

/**
 * Reads and checks `<folder>/story.json` and the images it names. Throws a StoryFileError that
 * lists every problem, each with the file (as `displayPath`), the slide and the field.
 */
export async function readStoryFolder(
  folder: string,
  displayPath: string,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<StoryFolder> {
  const file = path.join(folder, "story.json");
  const fail = (issues: StoryIssue[]): never => {
    throw new StoryFileError(formatStoryIssues(displayPath, issues));
  };
  const source = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) =>
    fail([
      {
        path: [],
        message:
          error.code === "ENOENT"
            ? "does not exist; every folder in the stories folder needs a story.json"
            : `cannot be read (${error.message})`,
      },
    ]),
  );
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    fail([jsonSyntaxIssue(source, error)]);
  }
  // The photos' own captions, alt text and credits fill what story.json leaves out; a problem in
  // one of them names the photo it came from.
  const filled = fillFromPhotos(json, await readPhotoFacts(folder, json));
  const parsed = storySchema.safeParse(filled.json);
  if (!parsed.success)
    throw new StoryFileError(
      formatStoryIssues(
        displayPath,
        parsed.error.issues.map((issue) => {
          const from = filledFromFile(filled.filledFrom, issue.path);
          return from ? { ...issue, message: `${issue.message} (in ${from}'s metadata)` } : issue;
        }),
      ),
    );
  const story = parsed.data;
  const issues: StoryIssue[] = [];
  const images = await Promise.all(
    story.slides.map(async (slide, index) => {
      if (!slide.image) return undefined;
      const { src, focus, credit, creator, copyright, license } = slide.image;
      const rights = { credit, creator, copyright, license };
      const result = await readImageOnce(folder, src, focus, rights, cacheDir);
      if (typeof result === "string") {
        issues.push({ path: ["slides", index, "image", "src"], message: result });
        return undefined;
      }
      return result;
    }),
  );
  if (issues.length) fail(issues);
  return { file, story, images };
}
