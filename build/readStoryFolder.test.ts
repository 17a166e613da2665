// @vitest-environment node
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readStoryFolder } from "./readStoryFolder";
import { readStories } from "./readStories";
import { PAGE_SIZE, storyIndexModule, storyPageModule } from "./storyModules";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#345"/></svg>';

function story(
  slides: unknown[] = [
    { title: "One", image: { src: "one.svg", alt: "A square" }, caption: "A caption." },
  ],
) {
  return {
    slug: "tiny",
    lang: "en",
    headline: "Tiny",
    standfirst: "A tiny story.",
    published: "2019-02-27T07:56:00-08:00",
    timeZoneLabel: "PT",
    credit: "Pictures by the tests",
    slides,
  };
}

/** A stories folder holding one story folder `name` with story.json `text` and files. */
async function storiesWith(
  name: string,
  text: string,
  files: Record<string, string | Buffer> = { "one.svg": SVG },
) {
  const root = await mkdtemp(path.join(tmpdir(), "stories-"));
  const folder = path.join(root, name);
  await mkdir(folder);
  await writeFile(path.join(folder, "story.json"), text);
  for (const [file, content] of Object.entries(files))
    await writeFile(path.join(folder, file), content);
  return { root, folder };
}

describe("readStoryFolder", () => {
  it("reads a story, its image's size and a tiny placeholder", async () => {
    const { folder } = await storiesWith("tiny", JSON.stringify(story()));
    const read = await readStoryFolder(folder, "tiny/story.json");
    expect(read.story.slug).toBe("tiny");
    expect(read.images[0]).toMatchObject({ width: 300, height: 200 });
    expect(read.images[0]?.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(read.images[0]?.placeholder.length).toBeLessThan(600);
  });

  it("takes a real JPEG photo like an illustration", async () => {
    const jpeg = await sharp({
      create: { width: 640, height: 427, channels: 3, background: "#a63" },
    })
      .jpeg()
      .toBuffer();
    const slides = [
      { title: "Photo", image: { src: "photo.jpg", alt: "A photo" }, caption: "A photo." },
    ];
    const { folder } = await storiesWith("tiny", JSON.stringify(story(slides)), {
      "photo.jpg": jpeg,
    });
    const read = await readStoryFolder(folder, "tiny/story.json");
    expect(read.images[0]).toMatchObject({ width: 640, height: 427 });
  });

  it.each<[string, string, Record<string, string>, string]>([
    [
      "invalid JSON",
      '{ "slug": "tiny", }',
      {},
      /^tiny\/story.json: the story: is not valid JSON at line 1, column \d+/.source,
    ],
    [
      "a missing alt text",
      JSON.stringify(story([{ title: "One", image: { src: "one.svg" }, caption: "A caption." }])),
      { "one.svg": SVG },
      "^tiny/story.json: slide 1, field image.alt: is missing$",
    ],
    [
      "an image that does not exist",
      JSON.stringify(
        story([{ title: "One", image: { src: "gone.svg", alt: "Gone" }, caption: "A caption." }]),
      ),
      {},
      "^tiny/story.json: slide 1, field image.src: names gone.svg, which does not exist beside story.json$",
    ],
    [
      "an image that is not an image",
      JSON.stringify(
        story([{ title: "One", image: { src: "fake.jpg", alt: "Fake" }, caption: "A caption." }]),
      ),
      { "fake.jpg": "this is text" },
      "^tiny/story.json: slide 1, field image.src: fake.jpg is not an image the build can read",
    ],
  ])("fails on %s, naming the file, slide and field", async (_name, text, files, message) => {
    const { folder } = await storiesWith("tiny", text, files);
    await expect(readStoryFolder(folder, "tiny/story.json")).rejects.toThrow(
      new RegExp(message, "m"),
    );
  });
});

describe("readStories", () => {
  it("refuses two stories with the same slug", async () => {
    const { root } = await storiesWith("a", JSON.stringify(story()));
    const second = path.join(root, "b");
    await mkdir(second);
    await writeFile(path.join(second, "story.json"), JSON.stringify(story()));
    await writeFile(path.join(second, "one.svg"), SVG);
    await expect(readStories(root, root)).rejects.toThrow(
      'b/story.json: field slug: "tiny" is already the slug of a/story.json',
    );
  });

  it("writes a module that imports each photo's variants from the image pipeline", async () => {
    const { root } = await storiesWith("tiny", JSON.stringify(story()));
    const [folder] = await readStories(root, root);
    if (!folder) throw new Error("no story read");
    const code = storyPageModule(folder, 0, 0);
    expect(code).toMatch(
      /import picture_0_0_avif from ".*\/tiny\/one\.svg\?w=300&format=avif&quality=34&as=srcset";/,
    );
    expect(code).toMatch(
      /import picture_0_0_webp from ".*\/tiny\/one\.svg\?w=300&format=webp&quality=72&as=srcset";/,
    );
    expect(code).toMatch(
      /import picture_0_0_jpeg from ".*\/tiny\/one\.svg\?w=300&format=jpeg&quality=78&as=picture";/,
    );
    expect(code).toMatch(
      /import picture_0_0_portrait_avif from ".*-portrait-[0-9a-f]+\.png\?w=113&format=avif/,
    );
    expect(code).toContain('"alt": "A square"');
  });

  it("splits a long story into pages, and keeps the slides out of the story list", async () => {
    const count = PAGE_SIZE * 2 + 5;
    const slides = Array.from({ length: count }, (_, index) =>
      index % 10 === 0
        ? {
            title: `Photo ${index + 1}`,
            image: { src: "one.svg", alt: "A square" },
            caption: `Caption ${index + 1}.`,
          }
        : { title: `Words ${index + 1}`, body: [`Paragraph of slide ${index + 1}.`] },
    );
    const { root } = await storiesWith("tiny", JSON.stringify(story(slides)));
    const [folder] = await readStories(root, root);
    if (!folder) throw new Error("no story read");

    const index = storyIndexModule([folder]);
    expect(index).toContain(`"slideCount": ${count}`);
    expect(index).toContain(`"pageSize": ${PAGE_SIZE}`);
    for (const page of [0, 1, 2])
      expect(index).toContain(`() => import("virtual:stories/0/${page}")`);
    expect(index).not.toContain('import("virtual:stories/0/3")');
    // The cover photo (slide 1) is in the list; no slide's words are.
    expect(index).toMatch(/import picture_0_0_avif from /);
    expect(index).not.toContain("Paragraph of slide");
    expect(index).not.toContain("Words 2");

    const last = storyPageModule(folder, 0, 2);
    expect(last).toContain(`Paragraph of slide ${PAGE_SIZE * 2 + 2}.`);
    expect(last).toContain(`Paragraph of slide ${count}.`);
    expect(last).not.toContain(`Paragraph of slide ${PAGE_SIZE * 2}.`);
    expect(last).toMatch(new RegExp(`import picture_0_${PAGE_SIZE * 2}_avif from `));
  });
});
