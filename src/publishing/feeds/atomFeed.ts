import { escapeXml } from "./escapeXml";
import type { FeedChannel } from "./feedChannel";
import type { FeedImage, FeedItem } from "./feedItems";

/** Atom has no date for a feed with no entries; the build never writes one (a site needs a story). */
const NO_DATE = "1970-01-01T00:00:00Z";

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

const emptyElement = (name: string, attributes: Record<string, string | number>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(" ")}/>`;

/** The cover twice: as an enclosure, which every Atom reader knows, and as Media RSS with its size, alt text and credit. */
function imageLines(image: FeedImage): string[] {
  return [
    emptyElement("link", { rel: "enclosure", type: image.type, href: image.url }),
    `<media:content url="${escapeXml(image.url)}" type="${image.type}" medium="image" width="${image.width}" height="${image.height}">`,
    `  <media:description type="plain">${escapeXml(image.alt)}</media:description>`,
    ...(image.credit === undefined ? [] : [`  ${element("media:credit", image.credit)}`]),
    `</media:content>`,
  ];
}

function entry(item: FeedItem): string[] {
  const lines = [
    element("id", item.url),
    `<title type="text">${escapeXml(item.title)}</title>`,
    emptyElement("link", { rel: "alternate", type: "text/html", href: item.url }),
    element("published", item.published),
    // A story has no date of its own for a change; it is as new as when it was published.
    element("updated", item.published),
    `<summary type="text">${escapeXml(item.summary)}</summary>`,
    ...(item.credit === undefined
      ? []
      : [`<rights type="text">${escapeXml(item.credit)}</rights>`]),
    ...(item.image === undefined ? [] : imageLines(item.image)),
  ];
  return [
    `<entry xml:lang="${escapeXml(item.lang)}">`,
    ...lines.map((line) => `  ${line}`),
    `</entry>`,
  ];
}

/**
 * The site's Atom 1.0 feed (RFC 4287): every story, in the order given, each in its own language
 * (xml:lang), with its standfirst as summary and its cover photo. The site is the feeds' author:
 * Atom needs one, and a story's credit line names who took its photos, not who wrote it.
 */
export function atomFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const updated = items.reduce<string | undefined>(
    (newest, item) =>
      newest === undefined || Date.parse(item.published) > Date.parse(newest)
        ? item.published
        : newest,
    undefined,
  );
  const { home, atom } = channel.addresses;
  const head = [
    element("id", home),
    `<title type="text">${escapeXml(channel.title)}</title>`,
    `<subtitle type="text">${escapeXml(channel.description)}</subtitle>`,
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: atom }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: home }),
    element("updated", updated ?? NO_DATE),
    `<author>${element("name", channel.title)}</author>`,
  ];
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${escapeXml(channel.lang)}">`,
    ...[...head, ...items.flatMap(entry)].map((line) => `  ${line}`),
    `</feed>`,
    "",
  ].join("\n");
}
