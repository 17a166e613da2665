import { shareImage } from "../publishing/shareImage";
import { escapeHtml } from "../publishing/escapeHtml";
import { absoluteUrl, sitePath, type Site } from "../publishing/siteAddress";
import { slideDocumentTitle, type WriteSlideTitle } from "../story/documentTitle";
import type { Story } from "../story/storyTypes";
import { EMBED_HEIGHT, EMBED_WIDTH } from "./embedCode";
import { slideEmbedCode } from "./slideEmbedCode";

/** Where the build writes a slide's oEmbed document: a static file any host serves. */
export function oembedPath(slug: string, slideNumber: number): string {
  return `/oembed/${slug}/${slideNumber}.json`;
}

/**
 * The <link> a slide's page carries so that CMSs that speak oEmbed find the slide's embed code from
 * its plain link (oEmbed's discovery), named as the page is.
 */
export function oembedLink(site: Site, story: Story, slideNumber: number, title: string): string {
  const href = absoluteUrl(site, sitePath(site, oembedPath(story.slug, slideNumber)));
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com), as the build writes it for a slide. */
export interface OembedDocument {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/**
 * The oEmbed document of slide `slideNumber`: the embed code of that very slide, with absolute
 * addresses under the site's base path, and the slide's share image as its thumbnail.
 */
export function oembedDocument(
  site: Site,
  story: Story,
  slideNumber: number,
  say: { siteTitle: string; slideTitle: WriteSlideTitle },
): OembedDocument {
  const slide = story.slides[slideNumber - 1];
  if (!slide) throw new Error(`${story.slug} has no slide ${slideNumber}`);
  const title = slideDocumentTitle(story, slideNumber, say);
  const image = slide.image ?? story.cover;
  const thumbnail = image && shareImage(image);
  return {
    type: "rich",
    version: "1.0",
    title,
    provider_name: say.siteTitle,
    provider_url: absoluteUrl(site, site.base),
    html: slideEmbedCode(site, story, slideNumber, say),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    ...(thumbnail && {
      thumbnail_url: absoluteUrl(site, thumbnail.src),
      thumbnail_width: thumbnail.width,
      thumbnail_height: thumbnail.height,
    }),
  };
}
