import { z } from "zod";

const missingOr = (expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${expected}`;

/** Story text is shown as text, never as markup, so markup in it is a mistake worth failing on. */
const text = z
  .string({ error: missingOr("text") })
  .trim()
  .min(1, "must not be empty")
  .refine((value) => !/<\/?[a-z][^>]*>/i.test(value), "must be plain text, not HTML");

/** A point in the picture, as fractions of its width and height, that every crop keeps. */
const focusSchema = z.strictObject({
  x: z
    .number({ error: missingOr("a number") })
    .min(0, "must be 0 to 1")
    .max(1, "must be 0 to 1"),
  y: z
    .number({ error: missingOr("a number") })
    .min(0, "must be 0 to 1")
    .max(1, "must be 0 to 1"),
});

const imageSchema = z.strictObject({
  /** File name beside story.json: SVG, JPEG, PNG, WebP or AVIF. */
  src: z
    .string({ error: missingOr("a file name") })
    .regex(
      /^[\w.-]+\.(svg|jpe?g|png|webp|avif)$/i,
      "must name an SVG, JPEG, PNG, WebP or AVIF file beside story.json",
    ),
  alt: text,
  focus: focusSchema.default({ x: 0.5, y: 0.5 }),
});

const slideSchema = z
  .strictObject({
    /** Short title for the contents view and the document title. */
    title: text,
    image: imageSchema.optional(),
    caption: text.optional(),
    body: z.array(text, { error: "must be a list of paragraphs" }).default([]),
  })
  .refine((slide) => slide.image !== undefined || slide.body.length > 0, {
    message: "a slide needs a photo or some text",
  })
  .refine((slide) => slide.image === undefined || slide.caption !== undefined, {
    message: "is missing: a slide with a photo needs a caption",
    path: ["caption"],
  });

/** The schema every `src/stories/<folder>/story.json` must meet. Unknown fields are errors. */
export const storySchema = z.strictObject({
  slug: z
    .string({ error: missingOr("text") })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters and digits, words joined by -"),
  lang: z
    .string({ error: missingOr("text") })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as en"),
  headline: text,
  standfirst: text,
  /** ISO 8601 with an offset, e.g. 2019-02-27T07:56:00-08:00. */
  published: z.iso.datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined
        ? "is missing"
        : "must be a date-time such as 2019-02-27T07:56:00-08:00",
  }),
  /** How the dateline names the time zone of `published`, e.g. "PT". */
  timeZoneLabel: z
    .string({ error: missingOr("text") })
    .min(1, "must not be empty")
    .max(8, "must be at most 8 characters"),
  /** The original report's credit line, shown as written. */
  credit: text,
  slides: z
    .array(slideSchema, { error: missingOr("a list of slides") })
    .min(1, "a story needs at least one slide"),
});

/** A story as written in story.json, before its images are processed. */
export type StorySource = z.infer<typeof storySchema>;
export type SlideSource = StorySource["slides"][number];
