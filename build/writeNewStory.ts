import { constants } from "node:fs";
import { copyFile, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { NewStoryError, planNewStory, type NewStoryPlan, type PhotoFile } from "./newStoryPlan.ts";
import { PHOTO_FILE } from "./photoFileNames.ts";
import { readPhotoMetadata } from "./photoMetadata.ts";

export interface NewStoryOptions {
  photosDir: string;
  storiesDir: string;
  slug?: string | undefined;
  now?: Date;
}

export interface WrittenStory {
  plan: NewStoryPlan;
  /** The new story folder and its story.json. */
  folder: string;
  storyFile: string;
}

/** The files of the photos folder, each photo with its metadata; sub-folders are not looked in. */
async function readPhotosFolder(photosDir: string): Promise<PhotoFile[]> {
  const entries = await readdir(photosDir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      throw new NewStoryError(
        `cannot read the photos folder ${photosDir} (${error.code ?? error.message})`,
      );
    },
  );
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async ({ name }) => ({
      name,
      metadata: PHOTO_FILE.test(name) ? await readPhotoMetadata(path.join(photosDir, name)) : {},
    })),
  );
}

/**
 * Makes `<storiesDir>/<slug>/` from a folder of photos: story.json and a copy of each photo.
 * It never overwrites: when the story folder exists, it throws a NewStoryError and writes
 * nothing, and if writing fails half-way it removes the folder it made.
 */
export async function writeNewStory(options: NewStoryOptions): Promise<WrittenStory> {
  const now = options.now ?? new Date();
  const plan = planNewStory({
    folderName: path.basename(path.resolve(options.photosDir)),
    slug: options.slug,
    files: await readPhotosFolder(options.photosDir),
    now,
    nowOffsetMinutes: -now.getTimezoneOffset(),
  });
  const folder = path.join(options.storiesDir, plan.slug);
  await mkdir(options.storiesDir, { recursive: true });
  // Made, not checked then made: of two runs at once, only one gets the folder.
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
    throw new NewStoryError(
      `${folder} already exists, and new-story never overwrites a story: choose another slug with --slug, or move that folder away`,
    );
  });
  const storyFile = path.join(folder, "story.json");
  try {
    for (const photo of plan.photos)
      await copyFile(
        path.join(options.photosDir, photo.from),
        path.join(folder, photo.to),
        constants.COPYFILE_EXCL,
      );
    await writeFile(storyFile, `${JSON.stringify(plan.story, null, 2)}\n`, { flag: "wx" });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { plan, folder, storyFile };
}
