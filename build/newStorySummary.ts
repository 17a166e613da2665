import type { NewStoryPlan } from "./newStoryPlan.ts";
import { TO_WRITE } from "./placeholderText.ts";

const count = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;

/** "1, 3 and 4" */
const list = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

const PUBLISHED_FROM = {
  photo: "when the first photo was taken",
  "photo without time zone":
    "when the first photo was taken, which does not say its time zone (taken as UTC)",
  clock: "this computer's clock, as no photo says when it was taken",
} as const;

/** What each slide still needs written, from the placeholders in it. */
function slideTodos(plan: NewStoryPlan): string[] {
  return plan.photos.flatMap((photo, index) => {
    const wanted = [
      !photo.metadata.title?.trim() && "the title",
      !photo.metadata.caption?.trim() && "the caption",
      !photo.metadata.alt?.trim() && "the alt text",
    ].filter((item): item is string => typeof item === "string");
    return wanted.length ? [`slide ${index + 1} (${photo.to}): write ${list(wanted)}`] : [];
  });
}

function creditTodo(plan: NewStoryPlan): string[] {
  if ("credit" in plan.story) return [`write the credit line: no photo says who made it`];
  const missing = plan.photos.flatMap((photo, index) =>
    photo.metadata.credit?.trim() || photo.metadata.creator?.trim() ? [] : [String(index + 1)],
  );
  if (!missing.length) return [];
  return [
    `${missing.length === 1 ? "slide" : "slides"} ${list(missing)}: the photo names no one; add image.credit`,
  ];
}

/** What new-story tells the editor it wrote, and what is left for them to do. */
export function newStorySummary(plan: NewStoryPlan, storyFile: string, folder: string): string {
  const { photos, story } = plan;
  const lines = [
    `Wrote ${storyFile}: ${count(photos.length, "slide")}, in the order the photos were taken (those that do not say when last, by name).`,
    `Copied ${count(photos.length, "photo")} into ${folder}:`,
    ...photos.map((photo) =>
      photo.from === photo.to
        ? `  ${photo.to}`
        : `  ${photo.from} → ${photo.to} (renamed: story.json names files in ASCII letters, digits, _ . and -)`,
    ),
  ];
  if (plan.skipped.length)
    lines.push(`Skipped, as not a JPEG, PNG, WebP, AVIF or SVG photo: ${plan.skipped.join(", ")}`);
  const fromFiles = (field: "caption" | "alt" | "credit") =>
    photos.filter((photo) => photo.metadata[field]?.trim()).length;
  lines.push(
    `The build reads ${count(fromFiles("caption"), "caption")}, ${count(fromFiles("alt"), "alt text")} and ` +
      `${count(fromFiles("credit"), "credit")} from the photos' own metadata, so story.json leaves them ` +
      `out; a field written there wins.`,
    "",
    `Still to do in story.json (look for ${TO_WRITE}):`,
    ...[
      "write the headline and the standfirst",
      `check published (${String(story.published)}) and timeZoneLabel (${String(story.timeZoneLabel)}), ` +
        `taken from ${PUBLISHED_FROM[plan.publishedFrom]}; name the time zone as readers know it`,
      ...creditTodo(plan),
      ...slideTodos(plan),
      "set image.focus where a photo's subject is not in its middle: every crop keeps that point",
    ].map((todo) => `  - ${todo}`),
    "",
    "Then run: npm run check-stories",
  );
  return lines.join("\n");
}
