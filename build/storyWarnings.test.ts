import { describe, expect, it } from "vitest";
import { describeIssuePath } from "../src/story/storyIssues";
import { storySchema } from "../src/story/storySchema";
import { TO_WRITE } from "./placeholderText";
import type { ImageFileInfo } from "./readImage";
import type { StoryFolder } from "./readStoryFolder";
import { storyWarnings } from "./storyWarnings";

type Json = Record<string, unknown>;

/** What the build read of a photo file: a 2,400 px photo unless told otherwise. */
function photo(hash: string, facts: Partial<ImageFileInfo> = {}): ImageFileInfo {
  const file = `/stories/a-story/${hash}.jpg`;
  return {
    ...{ file, original: file, rightsKey: undefined, vector: false, hash },
    ...{ width: 2400, height: 1600, placeholder: "data:," },
    ...facts,
  };
}

const slide = (n: number, fields: Json = {}, image: Json = {}): Json => ({
  title: `Slide ${n}`,
  image: { src: `photo-${n}.jpg`, alt: `Two leaders shake hands in a hall, number ${n}`, ...image },
  caption: `The leaders met on day ${n} of the summit.`,
  ...fields,
});

/** A story that needs no warning, changed by `story` and `slides` (by slide number). */
function folder(
  story: Json = {},
  slides: Record<number, Json> = {},
  images: Record<number, ImageFileInfo | undefined> = {},
): StoryFolder {
  const json = {
    slug: "a-story",
    lang: "en",
    headline: "Leaders meet in Hanoi",
    standfirst: "The two leaders began their second summit.",
    published: "2019-02-27T07:56:00-08:00",
    timeZoneLabel: "PT",
    credit: "Photos by AFP, Reuters",
    slides: [1, 2, 3].map((n) => slides[n] ?? slide(n)),
    ...story,
  };
  return {
    file: "/stories/a-story/story.json",
    story: storySchema.parse(json),
    images: [1, 2, 3].map((n) => (n in images ? images[n] : photo(`hash-${n}`))),
  };
}

/** Each warning as "where: message", as the build prints it. */
const warnings = (read: StoryFolder) =>
  storyWarnings(read).map((issue) => `${describeIssuePath(issue.path)}: ${issue.message}`);

const LONG_CAPTION = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");

describe("storyWarnings", () => {
  it("has nothing to say about a finished story", () => {
    expect(warnings(folder())).toEqual([]);
  });

  it.each<[string, StoryFolder, RegExp[]]>([
    [
      "placeholders in the story's fields",
      folder({ headline: `${TO_WRITE} headline`, standfirst: `${TO_WRITE} standfirst` }),
      [
        /^field headline: still has a placeholder: write the headline$/,
        /^field standfirst: .*write the standfirst/,
      ],
    ],
    [
      "placeholders in a slide's title, caption and body",
      folder(
        {},
        {
          2: slide(2, {
            title: `${TO_WRITE} title`,
            caption: `Day 2. ${TO_WRITE}`,
            body: ["Fine.", TO_WRITE],
          }),
        },
      ),
      [
        /^slide 2, field title: still has a placeholder: write the slide's title/,
        /^slide 2, field caption: still has a placeholder: write the caption$/,
        /^slide 2, field body\.1: still has a placeholder: write the paragraph/,
      ],
    ],
    [
      "new-story's placeholder alt text",
      folder({}, { 1: slide(1, {}, { alt: `${TO_WRITE} alt text: what the photo shows` }) }),
      [/^slide 1, field image\.alt: is a placeholder: describe what the photo shows/],
    ],
    ...(["TODO", "image", "Photo.", "picture", "alt text"] as const).map(
      (alt): [string, StoryFolder, RegExp[]] => [
        `the alt text "${alt}"`,
        folder({}, { 3: slide(3, {}, { alt }) }),
        [
          /^slide 3, field image\.alt: (is a placeholder|".*" says nothing about the picture): describe/,
        ],
      ],
    ),
    [
      "the file name as alt text",
      folder({}, { 2: slide(2, {}, { src: "IMG_0042.jpg", alt: "img_0042" }) }),
      [/^slide 2, field image\.alt: is the file name: describe/],
    ],
    [
      "alt text of two words",
      folder({}, { 2: slide(2, {}, { alt: "Hanoi skyline" }) }),
      [
        /^slide 2, field image\.alt: is only 2 words: describe what the photo shows .*, in a sentence$/,
      ],
    ],
    [
      "alt text that is the caption, but for case and punctuation",
      folder(
        {},
        {
          1: slide(
            1,
            { caption: "Kim waves, on arrival in Hanoi!" },
            { alt: "kim waves on arrival in hanoi" },
          ),
        },
      ),
      [
        /^slide 1, field image\.alt: repeats the caption, which a screen reader reads right after it/,
      ],
    ],
    [
      "alt text that holds the whole caption",
      folder(
        {},
        {
          1: slide(
            1,
            { caption: "Kim waves on arrival." },
            { alt: "Kim waves on arrival. A crowd holds flags." },
          ),
        },
      ),
      [/^slide 1, field image\.alt: repeats the caption/],
    ],
    [
      "a photo narrower than the reader serves",
      folder({}, {}, { 2: photo("small", { width: 1200 }) }),
      [
        /^slide 2, field image\.src: photo-2\.jpg is 1,200 px wide; the reader serves up to 2,400 px, so large screens will see it enlarged: use a larger original/,
      ],
    ],
    [
      "a photo no one is credited for",
      folder(
        { credit: undefined },
        { 1: slide(1, {}, { credit: "Reuters" }), 3: slide(3, {}, { creator: "Jorge Silva" }) },
      ),
      [
        /^slide 2, field image\.credit: is missing: .*add its credit \(or creator\), or a credit line for the whole story$/,
      ],
    ],
    [
      "the same photo on two slides, under other names",
      folder({}, {}, { 3: photo("hash-1") }),
      [
        /^slide 3, field image\.src: is the same photo as slide 1's \(photo-1\.jpg and photo-3\.jpg\): slides 1 and 3 show the same picture/,
      ],
    ],
    [
      "a caption a phone cuts off",
      folder({}, { 2: slide(2, { caption: LONG_CAPTION }) }),
      [
        /^slide 2, field caption: ends behind "Read more" on a 360×640 phone \(an estimate\): shorten it by about \d+ lines of caption/,
      ],
    ],
    [
      "a cover whose standfirst leaves no room for the caption",
      folder({ standfirst: LONG_CAPTION }),
      [
        /^slide 1, field caption: is hidden behind "Read more" .*: the headline, dateline and standfirst above it fill the text box/,
      ],
    ],
  ])("warns about %s", (_, read, expected) => {
    const found = warnings(read);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(found[index]).toMatch(pattern));
  });

  it.each<[string, StoryFolder]>([
    [
      "drawings (SVG), whatever their size",
      folder({}, {}, { 2: photo("drawing", { width: 800, vector: true }) }),
    ],
    [
      "a photo wider than the reader serves, made smaller",
      folder({}, {}, { 1: photo("huge", { width: 2400 }) }),
    ],
    ["a photo credited by the story alone", folder({ credit: "Photos by AFP" })],
    [
      "a long body under a short caption",
      folder({}, { 2: slide(2, { body: [LONG_CAPTION, LONG_CAPTION] }) }),
    ],
    [
      "a slide with no photo",
      folder({}, { 3: { title: "Words", body: ["Text only."] } }, { 3: undefined }),
    ],
    [
      "alt text that shares a few words with the caption",
      folder(
        {},
        { 1: slide(1, { caption: "Kim waves." }, { alt: "Kim waves from a car at the crowd" }) },
      ),
    ],
    [
      "short alt text in a script written without spaces",
      folder({}, { 1: slide(1, {}, { alt: "金正恩氏が手を振る" }) }),
    ],
  ])("does not warn about %s", (_, read) => {
    expect(warnings(read)).toEqual([]);
  });
});
