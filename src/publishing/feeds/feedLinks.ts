import { escapeHtml } from "../escapeHtml";
import type { FeedAddresses } from "./feedAddresses";

/**
 * The <head> links by which browsers and feed readers find the feeds from any page of the site.
 * Both feeds list every story, so every page links the same two.
 */
export function feedLinks(addresses: FeedAddresses, title: string): string {
  const link = (type: string, href: string) =>
    `<link rel="alternate" type="${type}" title="${escapeHtml(title)}" href="${escapeHtml(href)}">`;
  return [
    link("application/atom+xml", addresses.atom),
    link("application/feed+json", addresses.json),
  ].join("\n    ");
}
