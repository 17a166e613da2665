import type { StoryIssue } from "../src/story/storyIssues.ts";
import { altTextProblem } from "./altTextProblem.ts";
import { MAX_PHOTO_WIDTH } from "./photoVariants.ts";
import { hasPlaceholder } from "./placeholderText.ts";
import { captionOverflow, linesOf, PHONE, STYLES, type TextStyle } from "./readMoreEstimate.ts";
import type { StoryFolder } from "./readStoryFolder.ts";
import { photoCredit } from "../src/story/photoCredit.ts";

type Path = StoryIssue["path"];

const number = (value: number) => value.toLocaleString("en-US");

/** What to write in place of a placeholder, per field. */
const TO_WRITE_HERE: Record<string, string> = {
  headline: "write the headline",
  standfirst: "write the standfirst, the summary under the headline",
  credit: "write the credit line, or remove it if every photo carries its own",
  title: "write the slide's title, shown in the contents and the page title",
  caption: "write the caption",
  body: "write the paragraph, or remove it",
  description: "write the description, or remove it",
};

/** A warning for text that still holds new-story's placeholder. */
function placeholderIssue(path: Path, text: string | undefined): StoryIssue[] {
  if (text === undefined || !hasPlaceholder(text)) return [];
  const field = path.findLast((part) => typeof part === "string") ?? "";
  const todo = TO_WRITE_HERE[String(field)] ?? "write it";
  return [{ path, message: `still has a placeholder: ${todo}` }];
}

function captionIssue(folder: StoryFolder, index: number): StoryIssue[] {
  const overflow = captionOverflow(folder.story, index);
  if (!overflow) return [];
  const cover = index === 0;
  const about = (style: TextStyle, what: string) => {
    const { lines, characters } = linesOf(overflow.past, style);
    return `about ${lines === 1 ? "one line" : `${lines} lines`} of ${what} (some ${characters} characters)`;
  };
  const where = `on a ${PHONE.width}×${PHONE.height} phone (an estimate)`;
  const message = !overflow.hidden
    ? `ends behind "Read more" ${where}: shorten it by ${about(STYLES.caption, "caption")}` +
      (cover ? ", or shorten the standfirst above it" : ", or move the rest into the body")
    : cover
      ? `is hidden behind "Read more" ${where}: the headline, dateline and standfirst above it fill ` +
        `the text box; shorten the standfirst or the headline by ${about(STYLES.standfirst, "standfirst")}`
      : `is hidden behind "Read more" ${where}: the title above it fills the text box; shorten the title`;
  return [{ path: ["slides", index, "caption"], message }];
}

/**
 * What an editor should fix before publishing a story that builds: placeholders left in, alt text
 * that describes nothing, photos too small for large screens or credited to no one, the same
 * photo twice, and captions a phone cuts off. Each message says what to do.
 */
export function storyWarnings(folder: StoryFolder): StoryIssue[] {
  const { story, images } = folder;
  const issues: StoryIssue[] = [
    ...placeholderIssue(["headline"], story.headline),
    ...placeholderIssue(["standfirst"], story.standfirst),
    ...placeholderIssue(["credit"], story.credit),
  ];
  const firstSlideOf = new Map<string, number>();
  story.slides.forEach((slide, index) => {
    const at = (...rest: PropertyKey[]): Path => ["slides", index, ...rest];
    issues.push(...placeholderIssue(at("title"), slide.title));
    issues.push(...placeholderIssue(at("caption"), slide.caption));
    slide.body.forEach((text, paragraph) =>
      issues.push(...placeholderIssue(at("body", paragraph), text)),
    );
    const image = slide.image;
    const info = images[index];
    if (image) {
      const alt = altTextProblem(image.alt, image.src, slide.caption);
      if (alt) issues.push({ path: at("image", "alt"), message: alt });
      issues.push(...placeholderIssue(at("image", "description"), image.description));
      if (photoCredit(image) === undefined && story.credit === undefined)
        issues.push({
          path: at("image", "credit"),
          message:
            "is missing: neither story.json nor the photo's metadata says who made it; add its " +
            "credit (or creator), or a credit line for the whole story",
        });
    }
    if (image && info && !info.vector && info.width < MAX_PHOTO_WIDTH)
      issues.push({
        path: at("image", "src"),
        message:
          `${image.src} is ${number(info.width)} px wide; the reader serves up to ` +
          `${number(MAX_PHOTO_WIDTH)} px, so large screens will see it enlarged: use a larger ` +
          `original if there is one`,
      });
    const first = info && firstSlideOf.get(info.hash);
    if (image && info && first !== undefined) {
      const firstSrc = story.slides[first]?.image?.src;
      const files = firstSrc === image.src ? image.src : `${firstSrc} and ${image.src}`;
      issues.push({
        path: at("image", "src"),
        message: `is the same photo as slide ${first + 1}'s (${files}): slides ${first + 1} and ${index + 1} show the same picture; use another photo on one of them`,
      });
    } else if (info) firstSlideOf.set(info.hash, index);
    issues.push(...captionIssue(folder, index));
  });
  return issues;
}
