import type { FeedAddresses } from "./feedAddresses";

/** What a feed says of itself: the site's name and description in the site's language. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The language of the title and description; each item carries its story's own. */
  lang: string;
  addresses: FeedAddresses;
}
