import { readFile } from "node:fs/promises";
import path from "node:path";
import { storySchema, type StorySource } from "../src/story/storySchema.ts";
import { formatStoryIssues, type StoryIssue } from "../src/story/storyIssues.ts";
import { fillFromPhotos, filledFromFile, type SlidePhotoFacts } from "./fillFromPhotos.ts";
import { existingFile, readImageOnce, type ImageFileInfo } from "./readImage.ts";
import { readPhotoMetadata } from "./photoMetadata.ts";

/** Where the build keeps files it derives from story images (normalized photos, portrait crops). */
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
