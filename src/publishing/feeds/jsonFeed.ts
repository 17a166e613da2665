import type { FeedChannel } from "./feedChannel";
import type { FeedItem } from "./feedItems";

/** JSON Feed 1.1's fields that the site fills (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  image?: string;
  date_published: string;
  language: string;
}

/**
 * The site's JSON Feed 1.1: every story, in the order given. JSON Feed asks every item for content;
 * the standfirst is the story's text that stands alone, so it is both summary and content_text.
 */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    description: channel.description,
    home_page_url: channel.addresses.home,
    feed_url: channel.addresses.json,
    language: channel.lang,
    authors: [{ name: channel.title }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      ...(item.image === undefined ? {} : { image: item.image.url }),
      date_published: item.published,
      language: item.lang,
    })),
  };
}
