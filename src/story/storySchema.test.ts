import { describe, expect, it } from "vitest";
import hanoi from "../stories/hanoi-summit/story.json";
import { storySchema } from "./storySchema";

type Json = Record<string, unknown>;

function validStory(): Json {
  return {
    slug: "a-story",
    lang: "en",
    headline: "A headline",
    standfirst: "A standfirst.",
    published: "2019-02-27T07:56:00-08:00",
    timeZoneLabel: "PT",
    credit: "Photos by someone",
    slides: [
      {
        title: "One",
        image: { src: "one.jpg", alt: "A thing", focus: { x: 0.5, y: 0.4 } },
        caption: "A caption.",
      },
      { title: "Two", body: ["Only words."] },
    ],
  };
}

function problems(story: unknown): string[] {
  const result = storySchema.safeParse(story);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

function withSlide(change: (slide: Json) => void): Json {
  const story = validStory();
  const slides = story.slides as Json[];
  const first = slides[0];
  if (!first) throw new Error("the valid story has a first slide");
  change(first);
  return story;
}

describe("storySchema", () => {
  it("accepts the Hanoi summit story", () => {
    expect(problems(hanoi)).toEqual([]);
  });

  it("accepts a small valid story and gives a missing focus the centre", () => {
    const parsed = storySchema.parse(withSlide((slide) => delete (slide.image as Json).focus));
    expect(parsed.slides[0]?.image?.focus).toEqual({ x: 0.5, y: 0.5 });
  });

  it.each(["ltr", "rtl"])("accepts an explicit direction, %s", (dir) => {
    expect(problems({ ...validStory(), dir })).toEqual([]);
  });

  it.each<[string, Json, string]>([
    [
      "a missing caption",
      withSlide((slide) => delete slide.caption),
      "slides.0.caption: is missing: a slide with a photo needs a caption",
    ],
    [
      "an empty alt text",
      withSlide((slide) => ((slide.image as Json).alt = "  ")),
      "slides.0.image.alt: must not be empty",
    ],
    [
      "a missing alt text",
      withSlide((slide) => delete (slide.image as Json).alt),
      "slides.0.image.alt: is missing",
    ],
    [
      "HTML in a caption",
      withSlide((slide) => (slide.caption = "<b>Bold</b> claim")),
      "slides.0.caption: must be plain text, not HTML",
    ],
    [
      "a script in a caption",
      withSlide((slide) => (slide.caption = "Hi <script>alert(1)</script>")),
      "slides.0.caption: must be plain text, not HTML",
    ],
    [
      "a caption of the wrong type",
      withSlide((slide) => (slide.caption = 42)),
      "slides.0.caption: must be text",
    ],
    [
      "an unknown field",
      withSlide((slide) => (slide.captoin = "typo")),
      'slides.0: has an unknown field "captoin" (did you mean "caption"?)',
    ],
    [
      "a focus outside the picture",
      withSlide((slide) => ((slide.image as Json).focus = { x: 1.5, y: 0 })),
      "slides.0.image.focus.x: must be 0 to 1",
    ],
    [
      "an image that is not an image file",
      withSlide((slide) => ((slide.image as Json).src = "notes.txt")),
      "slides.0.image.src: must name an SVG, JPEG, PNG, WebP or AVIF file beside story.json",
    ],
    [
      "a slide with neither photo nor text",
      withSlide((slide) => {
        delete slide.image;
        delete slide.caption;
      }),
      "slides.0: has no photo (field image) and no text (field body); a slide needs at least one",
    ],
    [
      "a date that does not parse",
      { ...validStory(), published: "27/02/2019" },
      "published: must be a date-time with its UTC offset, such as 2019-02-27T07:56:00-08:00",
    ],
    [
      "a direction other than ltr or rtl",
      { ...validStory(), dir: "right-to-left" },
      'dir: must be "ltr" (left to right) or "rtl" (right to left)',
    ],
    ["an empty slug", { ...validStory(), slug: "" }, "slug: must not be empty"],
    ["no slides", { ...validStory(), slides: [] }, "slides: a story needs at least one slide"],
    [
      "slides that are not a list",
      { ...validStory(), slides: "many" },
      "slides: must be a list of slides",
    ],
  ])("rejects %s", (_name, story, expected) => {
    expect(problems(story)).toContain(expected);
  });
});
