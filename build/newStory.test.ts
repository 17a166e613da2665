// @vitest-environment node
// `npm run new-story` end to end, on photos as agencies send them: the story it writes builds,
// in the order the photos were taken, with what their files say left to the files; a second run
// refuses to overwrite it; and `npm run check-stories` lists what the editor has still to do.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { AGENCY_METADATA, makeAgencyPhotos } from "../tests/fixtures/makeAgencyPhotos.mjs";
import { NewStoryError, PLACEHOLDERS } from "./newStoryPlan";
import { readStoryFolder } from "./readStoryFolder";
import { storyWarnings } from "./storyWarnings";
import { writeNewStory } from "./writeNewStory";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#345"/></svg>';

let work = "";
let photosDir = "";
const cacheDir = path.join(tmpdir(), "new-story-cache");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "new-story-"));
  photosDir = path.join(work, "Hà Nội summit");
  await makeAgencyPhotos(photosDir);
  // The broken files are the build's to report; the huge one only makes the test slow.
  await Promise.all(
    ["truncated.jpg", "not-an-image.jpg", "huge.jpg"].map((name) => rm(path.join(photosDir, name))),
  );
  await writeFile(path.join(photosDir, "Sơ đồ.svg"), SVG);
  await writeFile(path.join(photosDir, "notes.txt"), "Shot list\n");
});

interface WrittenSlide {
  title: string;
  image: Record<string, unknown>;
  caption?: string;
}

describe("writeNewStory", () => {
  it("writes a story that builds, slides in capture order, the files' metadata left to them", async () => {
    const storiesDir = path.join(work, "stories");
    const written = await writeNewStory({ photosDir, storiesDir });
    expect(written.folder).toBe(path.join(storiesDir, "ha-noi-summit"));
    const json = JSON.parse(await readFile(written.storyFile, "utf8")) as {
      published: string;
      credit?: string;
      slides: WrittenSlide[];
    };
    expect(json.slides.map((slide) => slide.image.src)).toEqual([
      "agency-xmp.jpg", // 2019-02-27 18:30 +07:00
      "agency-iim.jpg", // 2019-02-28 09:15 +07:00
      "cmyk.jpg", // and those that do not say when, by name
      "deep.png",
      "p3.jpg",
      "rotated.jpg",
      "So-do.svg", // renamed to a name the schema takes
    ]);
    expect(json.published).toBe(AGENCY_METADATA.xmp.capturedAt);
    expect(json).not.toHaveProperty("credit");
    // The XMP photo says everything but its slide's title, which is its headline.
    expect(json.slides[0]).toEqual({
      title: AGENCY_METADATA.xmp.title,
      image: { src: "agency-xmp.jpg", focus: { x: 0.5, y: 0.5 } },
    });
    // IIM has a caption and credit, but no alt text.
    expect(json.slides[1]).toEqual({
      title: AGENCY_METADATA.iim.title,
      image: { src: "agency-iim.jpg", alt: PLACEHOLDERS.alt, focus: { x: 0.5, y: 0.5 } },
    });
    expect(json.slides[2]).toEqual({
      title: PLACEHOLDERS.title,
      image: { src: "cmyk.jpg", alt: PLACEHOLDERS.alt, focus: { x: 0.5, y: 0.5 } },
      caption: PLACEHOLDERS.caption,
    });
    expect((await readdir(written.folder)).sort()).toEqual(
      [...json.slides.map((slide) => String(slide.image.src)), "story.json"].sort(),
    );

    const read = await readStoryFolder(written.folder, "ha-noi-summit/story.json", cacheDir);
    expect(read.story.slides[0]?.image).toMatchObject({
      alt: AGENCY_METADATA.xmp.alt,
      credit: AGENCY_METADATA.xmp.credit,
      license: AGENCY_METADATA.xmp.license,
    });
    expect(read.story.slides[1]?.caption).toBe(AGENCY_METADATA.iim.caption);
    const warned = storyWarnings(read).map((issue) => issue.path.join("."));
    expect(warned).toEqual(
      expect.arrayContaining(["headline", "standfirst", "slides.1.image.alt", "slides.2.caption"]),
    );
  });

  it("never overwrites a story, and writes nothing when it refuses", async () => {
    const storiesDir = path.join(work, "again");
    const first = await writeNewStory({ photosDir, storiesDir, slug: "summit" });
    const before = await readFile(first.storyFile, "utf8");
    await writeFile(
      path.join(first.folder, "story.json"),
      before.replace("[TO WRITE] headline", "Edited"),
    );
    const edited = await readFile(first.storyFile, "utf8");
    const second = writeNewStory({ photosDir, storiesDir, slug: "summit" });
    await expect(second).rejects.toThrow(NewStoryError);
    await expect(second).rejects.toThrow(
      /summit already exists, and new-story never overwrites a story/,
    );
    expect(await readFile(first.storyFile, "utf8")).toBe(edited);
  });

  it("refuses a folder with no photos, writing nothing", async () => {
    const empty = path.join(work, "empty");
    const storiesDir = path.join(work, "none");
    await mkdir(empty);
    await writeFile(path.join(empty, "notes.txt"), "No photos yet.\n");
    await expect(writeNewStory({ photosDir: empty, storiesDir })).rejects.toThrow(
      /^no photos in empty/,
    );
    await expect(readdir(storiesDir)).rejects.toThrow(/ENOENT/);
  });
});

const run = promisify(execFile);

/** Runs a script as npm would, and gives its exit code and what it printed. */
async function script(name: string, args: string[]) {
  const tsx = path.resolve("node_modules/.bin/tsx");
  // As if typed in `work`, not run by npm from elsewhere (see scripts/invocationDir.ts).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== "npm_lifecycle_event" && key !== "INIT_CWD",
    ),
  );
  return run(tsx, [path.resolve("scripts", name), ...args], { cwd: work, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("the new-story and check-stories scripts", () => {
  it("start a story, then list what is left to do in it", { timeout: 60_000 }, async () => {
    const made = await script("newStory.ts", [
      photosDir,
      "--stories",
      "cli",
      "--slug",
      "cli-story",
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Wrote ${path.join("cli", "cli-story", "story.json")}: 7 slides`);
    expect(made.stdout).toContain(
      "Skipped, as not a JPEG, PNG, WebP, AVIF or SVG photo: notes.txt",
    );
    expect(made.stdout).toContain("Sơ đồ.svg → So-do.svg (renamed");
    expect(made.stdout).toMatch(/Then run: npm run check-stories$/m);

    const again = await script("newStory.ts", [
      photosDir,
      "--stories",
      "cli",
      "--slug",
      "cli-story",
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists, and new-story never overwrites a story/);

    const checked = await script("checkStories.ts", ["--stories", "cli"]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^cli\/cli-story\/story.json: 0 errors, \d+ warnings$/m);
    expect(checked.stdout).toMatch(
      /warning {2}headline: still has a placeholder: write the headline/,
    );
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings in 1 story$/m);
    expect((await script("checkStories.ts", ["--stories", "cli", "--strict"])).code).toBe(1);
  });

  it.each([["newStory.ts"], ["checkStories.ts"]])(
    "%s refuses an unknown flag with its usage",
    async (name) => {
      const wrong = await script(name, ["--strikt"]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/Unknown option '--strikt'[\s\S]*usage: npm run/);
    },
  );
});
