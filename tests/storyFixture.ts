import type { Slide, Story, StoryImage } from "../src/story/storyTypes";

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

/** A story of `count` slides, each with a photo, caption and one paragraph; the last is text only. */
export function makeStory(
  count: number,
  slug = "a-story",
  change?: (slide: Slide, number: number) => Slide,
): Story {
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
  return {
    slug,
    lang: "en",
    headline: `Headline of ${slug}`,
    standfirst: "What the story is about.",
    published: "2019-02-27T07:56:00-08:00",
    timeZoneLabel: "PT",
    credit: "Photos by the test",
    slides,
  };
}
