import type { Messages } from "../i18n/Messages";
import { slideDocumentTitle } from "../story/documentTitle";
import { endingPath, slidePath } from "../story/slidePath";
import type { Story, StoryImage } from "../story/storyTypes";
import { coverSizes } from "../images/photoSizes";
import { PORTRAIT_MEDIA } from "../images/portraitCrop";
import { escapeHtml, jsonForScript } from "./escapeHtml";
import { shareImage } from "./shareImage";
import { absoluteUrl, sitePath, type Site } from "./siteAddress";
import { imageObject } from "./imageObject";
import type { Alternate } from "../story/languageVersions";

const tag = (name: string, attributes: Record<string, string>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
    .join(" ")}>`;

/**
 * The photo a slide opens on is its page's largest paint: preload it, in AVIF, in the crop and width
 * the <picture> will choose, so the browser fetches it before it has parsed the body.
 */
export function photoPreloads(image: StoryImage): string[] {
  const preload = (srcset: string, sizes: string, media?: string) =>
    tag("link", {
      rel: "preload",
      as: "image",
      type: "image/avif",
      imagesrcset: srcset,
      imagesizes: sizes,
      fetchpriority: "high",
      ...(media ? { media } : {}),
    });
  const landscape = coverSizes(image.width, image.height);
  if (!image.portrait) return [preload(image.srcset.avif, landscape)];
  return [
    preload(
      image.portrait.srcset.avif,
      coverSizes(image.portrait.width, image.portrait.height),
      PORTRAIT_MEDIA,
    ),
    preload(image.srcset.avif, landscape, `not all and ${PORTRAIT_MEDIA}`),
  ];
}

/**
 * The <head> tags of a slide's page: title, description, share cards, canonical, the same slide in
 * the story's other languages (`alternates`), JSON-LD and the photo's preload.
 */
export function slideHead(
  site: Site,
  story: Story,
  slideNumber: number,
  say: Pick<Messages, "slideTitle">,
  alternates: readonly Alternate[] = [],
): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide) throw new Error(`${story.slug} has no slide ${slideNumber}`);
  const title = slideDocumentTitle(story, slideNumber, say);
  const description = slide.caption ?? slide.body[0] ?? story.standfirst;
  const url = absoluteUrl(site, sitePath(site, slidePath(story.slug, slideNumber)));
  const image = slide.image ?? story.cover;
  const card = image && shareImage(image);
  // This slide's photo and the story's lead photo: a page's data stays the same size however long
  // the story is.
  const images = [slide.image, story.cover].filter(
    (candidate, index, all): candidate is StoryImage =>
      candidate !== undefined && all.findIndex((other) => other?.src === candidate.src) === index,
  );
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description: story.standfirst,
    datePublished: story.published,
    inLanguage: story.lang,
    mainEntityOfPage: url,
    image: images.map((candidate) => imageObject(site, story, candidate)),
  };
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    tag("meta", { name: "description", content: description }),
    tag("link", { rel: "canonical", href: url }),
    ...alternates.map(({ hreflang, path }) =>
      tag("link", { rel: "alternate", hreflang, href: absoluteUrl(site, sitePath(site, path)) }),
    ),
    tag("meta", { property: "og:type", content: "article" }),
    tag("meta", { property: "og:title", content: title }),
    tag("meta", { property: "og:description", content: description }),
    tag("meta", { property: "og:url", content: url }),
    tag("meta", { property: "article:published_time", content: story.published }),
    tag("meta", { name: "twitter:card", content: "summary_large_image" }),
    tag("meta", { name: "twitter:title", content: title }),
    tag("meta", { name: "twitter:description", content: description }),
  ];
  if (card && image) {
    lines.push(
      tag("meta", { property: "og:image", content: absoluteUrl(site, card.src) }),
      tag("meta", { property: "og:image:width", content: String(card.width) }),
      tag("meta", { property: "og:image:height", content: String(card.height) }),
      tag("meta", { property: "og:image:alt", content: image.alt }),
      tag("meta", { name: "twitter:image", content: absoluteUrl(site, card.src) }),
      tag("meta", { name: "twitter:image:alt", content: image.alt }),
    );
  }
  if (slide.image) lines.push(...photoPreloads(slide.image));
  lines.push(`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`);
  return lines.join("\n    ");
}

/**
 * The <head> tags of a story's ending: its title, the story's summary, its own canonical address,
 * and a share card of the story's lead photo, in case its address is passed on.
 */
export function endingHead(site: Site, story: Story, say: Pick<Messages, "endingTitle">): string {
  const title = say.endingTitle(story.headline);
  const url = absoluteUrl(site, sitePath(site, endingPath(story.slug)));
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    tag("meta", { name: "description", content: story.standfirst }),
    tag("link", { rel: "canonical", href: url }),
    tag("meta", { property: "og:type", content: "article" }),
    tag("meta", { property: "og:title", content: title }),
    tag("meta", { property: "og:description", content: story.standfirst }),
    tag("meta", { property: "og:url", content: url }),
  ];
  const card = story.cover && shareImage(story.cover);
  if (card && story.cover)
    lines.push(
      tag("meta", { property: "og:image", content: absoluteUrl(site, card.src) }),
      tag("meta", { property: "og:image:alt", content: story.cover.alt }),
    );
  return lines.join("\n    ");
}

/** The <head> tags of a page that is not a slide: the story list or not found. */
export function plainHead(site: Site, title: string, description: string, path?: string): string {
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    tag("meta", { name: "description", content: description }),
  ];
  if (path !== undefined)
    lines.push(tag("link", { rel: "canonical", href: absoluteUrl(site, sitePath(site, path)) }));
  return lines.join("\n    ");
}
