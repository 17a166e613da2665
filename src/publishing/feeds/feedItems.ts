import { newestFirst } from "../../story/publishedOrder";
import { photoCredit } from "../../story/photoCredit";
import { slidePath } from "../../story/slidePath";
import type { StoryEntry } from "../../story/storyTypes";
import { shareImage } from "../shareImage";
import { absoluteUrl, sitePath, type Site } from "../siteAddress";

/** What the feeds need of a story: fields of its story.json and its cover, not its slides. */
export type FeedStory = Pick<
  StoryEntry,
  "slug" | "lang" | "headline" | "standfirst" | "published" | "credit" | "cover"
>;

/** A story's cover as the feeds offer it: the share-size JPEG, at an absolute address. */
export interface FeedImage {
  url: string;
  /** shareImage() always picks one of the photo's JPEG variants. */
  type: "image/jpeg";
  width: number;
  height: number;
  alt: string;
  /** The photo's own credit, or else the story's. */
  credit?: string;
}

/** A story as both feeds list it. */
export interface FeedItem {
  /** The story's address (its first slide), which is also its id: it never changes. */
  url: string;
  title: string;
  summary: string;
  /** As story.json wrote it: RFC 3339 with the story's own offset (the schema asks for seconds). */
  published: string;
  lang: string;
  credit?: string;
  image?: FeedImage;
}

function feedImage(site: Site, story: FeedStory): FeedImage | undefined {
  if (!story.cover) return undefined;
  const variant = shareImage(story.cover);
  const credit = photoCredit(story.cover) ?? story.credit;
  return {
    url: absoluteUrl(site, variant.src),
    type: "image/jpeg",
    width: variant.width,
    height: variant.height,
    alt: story.cover.alt,
    ...(credit === undefined ? {} : { credit }),
  };
}

/**
 * Every story as a feed item, newest first by the moment it was published (offsets taken into
 * account); stories published at the same moment are listed by slug, so the order never depends
 * on the order the build found the folders in.
 */
export function feedItems(site: Site, stories: readonly FeedStory[]): FeedItem[] {
  return [...stories].sort(newestFirst).map((story) => {
    const image = feedImage(site, story);
    return {
      url: absoluteUrl(site, sitePath(site, slidePath(story.slug, 1))),
      title: story.headline,
      summary: story.standfirst,
      published: story.published,
      lang: story.lang,
      ...(story.credit === undefined ? {} : { credit: story.credit }),
      ...(image === undefined ? {} : { image }),
    };
  });
}
