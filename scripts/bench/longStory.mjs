// Makes a story of `count` slides into a temporary stories folder, beside a copy of the Hanoi
// story, for the scale part of the benchmark. It opens with the Hanoi cover and ends with its
// closing slide, so its first and last slides compare like for like with the Hanoi story's; the
// slides between reuse the Hanoi photos in turn, so the build's image work stays that of six
// pictures while its pages, data and routes grow.
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const SOURCE = "src/stories/hanoi-summit";

/** @typedef {typeof import("../../src/story/storySchema.ts").storySchema} StorySchema */
/**
 * A story.json as written, before the schema fills in its defaults.
 * @typedef {import("zod").input<StorySchema>} StoryJson
 */

/**
 * @param {number} count slides in the long story; 0 for the Hanoi story alone
 * @returns {Promise<{ root: string; slug: string }>} the stories folder and the slug to measure
 */
export async function makeStoriesFolder(count) {
  const root = await mkdtemp(path.join(tmpdir(), "photo-story-bench-"));
  const hanoi = path.join(root, "hanoi-summit");
  await mkdir(hanoi);
  const files = await readdir(SOURCE);
  for (const file of files.filter((name) => /\.(json|svg)$/.test(name))) {
    await copyFile(path.join(SOURCE, file), path.join(hanoi, file));
  }
  if (count <= 0) return { root, slug: "hanoi-summit" };
  /** @type {StoryJson} */
  const story = JSON.parse(await readFile(path.join(SOURCE, "story.json"), "utf8"));
  const photos = story.slides.filter((slide) => slide.image);
  const long = path.join(root, "long-story");
  await mkdir(long);
  for (const file of files.filter((name) => name.endsWith(".svg"))) {
    await copyFile(path.join(SOURCE, file), path.join(long, file));
  }
  const middle = Array.from({ length: count - 2 }, (_, offset) => {
    const index = offset + 1;
    const photo = photos[index % photos.length];
    if (!photo?.image) throw new Error(`${SOURCE}/story.json has no photo to repeat`);
    return {
      title: `Slide ${index + 1}`,
      image: { ...photo.image, alt: `${photo.image.alt} (slide ${index + 1})` },
      caption: `${photo.caption} (${index + 1} of ${count})`,
      body: photo.body ?? [],
    };
  });
  const slides = [story.slides[0], ...middle, story.slides.at(-1)];
  await writeFile(
    path.join(long, "story.json"),
    JSON.stringify({ ...story, slug: "long-story", slides }, null, 1),
  );
  return { root, slug: "long-story" };
}
