import type { Site } from "../siteAddress";
import { atomFeed } from "./atomFeed";
import { FEED_FILES, feedAddresses } from "./feedAddresses";
import { feedItems, type FeedStory } from "./feedItems";
import { jsonFeed } from "./jsonFeed";

/** A file the build writes at the top of the site. */
export interface FeedFile {
  file: string;
  content: string;
}

/** Both feeds of the site, newest story first, titled and described in the site's language. */
export function siteFeeds(
  site: Site,
  stories: readonly FeedStory[],
  { title, description, lang }: { title: string; description: string; lang: string },
): FeedFile[] {
  const channel = { title, description, lang, addresses: feedAddresses(site) };
  const items = feedItems(site, stories);
  return [
    { file: FEED_FILES.atom, content: atomFeed(channel, items) },
    { file: FEED_FILES.json, content: `${JSON.stringify(jsonFeed(channel, items), null, 2)}\n` },
  ];
}
