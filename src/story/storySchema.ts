import { z } from "zod";
import { looksLikeMarkup, unwritableCharacter } from "./plainText.ts";
import { unknownFields } from "./unknownFields.ts";

const missingOr = (expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${expected}`;

/**
 * An object with exactly these fields. Its messages say what was expected (`expected`, e.g. an
 * example) when it is not an object, and which field was probably meant when one is unknown.
 */
function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape, expected: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue: z.core.$ZodRawIssue) =>
      issue.code === "unrecognized_keys"
        ? unknownFields(issue.keys, known)
        : missingOr(expected)(issue),
  });
}

/** Runs a slide's own check even when one of its fields is wrong, so all its problems show at once. */
const whenSlide = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

/**
 * Story text is shown as text, never as markup, so markup in it is a mistake worth failing on.
 * It reaches the reader exactly as written: nothing is trimmed or rewritten.
 */
const text = z
  .string({ error: missingOr("text") })
  .refine((value) => value.trim().length > 0, "must not be empty")
  .refine((value) => !looksLikeMarkup(value), "must be plain text, not HTML")
  .superRefine((value, context) => {
    const character = unwritableCharacter(value);
    if (character)
      context.addIssue({
        code: "custom",
        message: `must not contain ${character}, which a page cannot show as written`,
      });
  });

/** A web address, for a photo's licence and where to license it. */
const webAddress = z.url({
  protocol: /^https?$/,
  error: missingOr("a web address such as https://example.org/licence"),
});

/** A point in the picture, as fractions of its width and height, that every crop keeps. */
const focusSchema = fields(
  {
    x: z
      .number({ error: missingOr("a number") })
      .min(0, "must be 0 to 1")
      .max(1, "must be 0 to 1"),
    y: z
      .number({ error: missingOr("a number") })
      .min(0, "must be 0 to 1")
      .max(1, "must be 0 to 1"),
  },
  'an object such as { "x": 0.5, "y": 0.4 }',
);

const imageSchema = fields(
  {
    /** File name beside story.json: SVG, JPEG, PNG, WebP or AVIF. */
    src: z
      .string({ error: missingOr("a file name") })
      .regex(
        /^[\w.-]+\.(svg|jpe?g|png|webp|avif)$/i,
        "must name an SVG, JPEG, PNG, WebP or AVIF file beside story.json",
      ),
    alt: text,
    focus: focusSchema.default({ x: 0.5, y: 0.5 }),
    /** A longer description for readers who cannot see the photo, behind a "Description" control. */
    description: text.optional(),
    /** The photo's own credit line, e.g. "Reuters / Jorge Silva", shown with the photo. */
    credit: text.optional(),
    /** Who made the photo. */
    creator: text.optional(),
    /** The copyright notice, e.g. "© 2019 Reuters". */
    copyright: text.optional(),
    /** Where the terms of use are (the file's Web Statement of Rights). */
    license: webAddress.optional(),
    /** Where to license the photo. */
    acquireLicensePage: webAddress.optional(),
  },
  'an object such as { "src": "photo.jpg", "alt": "What the photo shows" }',
);

const slideSchema = fields(
  {
    /** Short title for the contents view and the document title. */
    title: text,
    image: imageSchema.optional(),
    caption: text.optional(),
    body: z.array(text, { error: "must be a list of paragraphs" }).default([]),
  },
  "an object with a title and a photo (image) or text (body)",
)
  // A body that is not a list has its own message; it is text, so it is not also "no text".
  .refine(
    (slide) => slide.image !== undefined || !Array.isArray(slide.body) || slide.body.length > 0,
    {
      message: "has no photo (field image) and no text (field body); a slide needs at least one",
      ...whenSlide,
    },
  )
  .refine((slide) => slide.image === undefined || slide.caption !== undefined, {
    message: "is missing: a slide with a photo needs a caption",
    path: ["caption"],
    ...whenSlide,
  });

/** A story's name in its addresses: `/<slug>/3`. */
const slugText = z
  .string({ error: missingOr("text") })
  .min(1, { message: "must not be empty", abort: true })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters and digits, words joined by -");

/** The schema every `src/stories/<folder>/story.json` must meet. Unknown fields are errors. */
export const storySchema = fields(
  {
    slug: slugText,
    lang: z
      .string({ error: missingOr("text") })
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as en"),
    /**
     * Optional: the way the story's text runs, "rtl" or "ltr", when its `lang` alone does not say
     * it (a language written in more than one script). Without it the build reads it from `lang`.
     */
    dir: z
      .enum(["ltr", "rtl"], { error: 'must be "ltr" (left to right) or "rtl" (right to left)' })
      .optional(),
    /**
     * Optional: the same story in other languages, by their slugs, e.g. ["hanoi-summit-vi"]. Naming
     * a version on one side links both; the build checks each is a story in another language.
     */
    versions: z
      .array(slugText, { error: 'must be a list of slugs, such as ["a-story-vi"]' })
      .optional(),
    headline: text,
    standfirst: text,
    /** ISO 8601 with an offset, e.g. 2019-02-27T07:56:00-08:00. */
    published: z.iso.datetime({
      offset: true,
      error: (issue) =>
        issue.input === undefined
          ? "is missing"
          : "must be a date-time with its UTC offset, such as 2019-02-27T07:56:00-08:00",
    }),
    /** How the dateline names the time zone of `published`, e.g. "PT". */
    timeZoneLabel: z
      .string({ error: missingOr("text") })
      .min(1, "must not be empty")
      .max(8, "must be at most 8 characters"),
    /** The story's credit line, shown as written on its last slide; photos may carry their own. */
    credit: text.optional(),
    slides: z
      .array(slideSchema, { error: missingOr("a list of slides") })
      .min(1, "a story needs at least one slide"),
  },
  "an object with the story's fields (slug, headline, slides and the rest)",
);

/** A story as written in story.json, before its images are processed. */
export type StorySource = z.infer<typeof storySchema>;
export type SlideSource = StorySource["slides"][number];
