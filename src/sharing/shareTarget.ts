import { absoluteUrl, sitePath, type Site } from "../publishing/siteAddress";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/** What sharing a slide hands over: its title, its caption, and its canonical address. */
export interface ShareTarget {
  title: string;
  text: string;
  url: string;
}

export function shareTarget(site: Site, story: Story, slideNumber: number): ShareTarget {
  const slide = story.slides[slideNumber - 1];
  return {
    title: slideNumber === 1 || !slide ? story.headline : `${slide.title} · ${story.headline}`,
    text: slide?.caption ?? slide?.body[0] ?? story.standfirst,
    url: absoluteUrl(site, sitePath(site, slidePath(story.slug, slideNumber))),
  };
}
