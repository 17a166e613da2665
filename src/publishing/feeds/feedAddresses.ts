import { absoluteUrl, sitePath, type Site } from "../siteAddress";

/** The feeds' file names at the top of the built site (scripts/writeFeeds.mjs writes them). */
export const FEED_FILES = { atom: "feed.xml", json: "feed.json" } as const;

/** The absolute addresses a feed names: the story list, and each feed's own. */
export interface FeedAddresses {
  home: string;
  atom: string;
  json: string;
}

export function feedAddresses(site: Site): FeedAddresses {
  const at = (path: string) => absoluteUrl(site, sitePath(site, path));
  return {
    home: at("/"),
    atom: at(`/${FEED_FILES.atom}`),
    json: at(`/${FEED_FILES.json}`),
  };
}
