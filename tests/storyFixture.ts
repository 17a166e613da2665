import { textDirection } from "../src/story/textDirection";
import { formatDateline } from "../src/story/dateline";
import { StoryLibrary } from "../src/story/storyLibrary";
import type { Slide, Story, StoryEntry, StoryImage } from "../src/story/storyTypes";

/** A story with every slide loaded. */
export type FullStory = Omit<Story, "slides"> & { slides: Slide[] };

const PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

function image(number: number): StoryImage {
  return {
    alt: `Picture ${number}`,
    width: 2400,
    height: 1600,
    focus: { x: 0.5, y: 0.4 },
    placeholder: PIXEL,
    src: `/assets/photo-${number}-2400.jpg`,
    srcset: {
      avif: `/assets/photo-${number}-480.avif 480w, /assets/photo-${number}-960.avif 960w`,
      webp: `/assets/photo-${number}-480.webp 480w, /assets/photo-${number}-960.webp 960w`,
      jpeg: `/assets/photo-${number}-480.jpg 480w, /assets/photo-${number}-960.jpg 960w`,
    },
  };
}

/**
 * A story of `count` slides, each with a photo, caption and one paragraph; the last is text only.
 * Its text is English, and says so, unless `lang` names another language.
 */
export function makeStory(
  count: number,
  slug = "a-story",
  change?: (slide: Slide, number: number) => Slide,
  lang = "en",
): FullStory {
  const slides: Slide[] = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const slide: Slide =
      number === count && count > 1
        ? { title: `Slide ${number} title`, body: [`Closing words of slide ${number}.`] }
        : {
            title: `Slide ${number} title`,
            image: image(number),
            caption: `Caption of slide ${number}.`,
            body: [`Text of slide ${number}.`],
          };
    return change ? change(slide, number) : slide;
  });
  const published = "2019-02-27T07:56:00-08:00";
  const story: FullStory = {
    slug,
    lang,
    dir: textDirection(lang),
    dateline: formatDateline(published, "PT", lang),
    versions: [],
    headline: `Headline of ${slug}`,
    standfirst: "What the story is about.",
    published,
    timeZoneLabel: "PT",
    credit: "Photos by the test",
    slides,
  };
  const cover = slides.find((slide) => slide.image)?.image;
  return cover ? { ...story, cover } : story;
}

/** The build's entry for a story: its fields, and its slides in pages of `pageSize`. */
export function entryOf(story: FullStory, pageSize = 20): StoryEntry {
  const { slides, ...fields } = story;
  const pages = Array.from(
    { length: Math.ceil(slides.length / pageSize) },
    (_, page) => () =>
      Promise.resolve({ slides: slides.slice(page * pageSize, (page + 1) * pageSize) }),
  );
  return { ...fields, slideCount: slides.length, pageSize, pages };
}

/** A library holding these stories with every slide already loaded, as the server renders. */
export function makeLibrary(stories: readonly FullStory[]): StoryLibrary {
  const library = new StoryLibrary(stories.map((story) => entryOf(story)));
  for (const story of stories) library.addSlides(story.slug, 0, story.slides);
  return library;
}
