import { makeStory } from "./storyFixture";
import type { FeedStory } from "../src/publishing/feeds/feedItems";

/** A story as the feeds read it, from the tests' story maker, with `change` applied to it. */
export function feedStory(slug: string, change: Partial<FeedStory> = {}): FeedStory {
  const { slides, ...story } = makeStory(2, slug);
  void slides;
  return { ...story, ...change };
}

/** Text that XML, JSON, HTML or a replacement string treats specially, and text of other scripts. */
export const AWKWARD_TEXT: readonly (readonly [what: string, text: string])[] = [
  ["an ampersand", "Tom & Jerry"],
  ["angle brackets", "x<y && y>z, <3 and </ not a tag"],
  ["quotes of both kinds", `"double" & 'single' “curly”`],
  ["replacement patterns", "Prices rose 5% to $&100: $' $` $$ $1 $<name>"],
  ["the end of a CDATA section", "]]> and <![CDATA[ and <!-- not a comment"],
  ["Arabic", "يوم في حديقة المدينة"],
  ["Vietnamese and Korean", "Hà Nội, 김정은"],
  ["emoji", "👍🏽 🇻🇳 👨‍👩‍👧"],
  ["a tab and a line break", "one\ttwo\nthree"],
  ["backslashes", "\\back\\slashes\\"],
];
