import type { Messages } from "../i18n/Messages";
import { escapeHtml } from "../publishing/escapeHtml";
import { photoPreloads } from "../publishing/pageHead";
import { absoluteUrl, sitePath, type Site } from "../publishing/siteAddress";
import { slideDocumentTitle } from "../story/documentTitle";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/**
 * The <head> tags of a slide's embed page: its title, and nothing for search engines or share
 * cards, which the slide's own page (its canonical) has. The photo is preloaded as there.
 */
export function embedHead(
  site: Site,
  story: Story,
  slideNumber: number,
  say: Pick<Messages, "slideTitle">,
): string {
  const slide = story.slides[slideNumber - 1];
  if (!slide) throw new Error(`${story.slug} has no slide ${slideNumber}`);
  const canonical = absoluteUrl(site, sitePath(site, slidePath(story.slug, slideNumber)));
  return [
    `<title>${escapeHtml(slideDocumentTitle(story, slideNumber, say))}</title>`,
    `<meta name="robots" content="noindex">`,
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    ...(slide.image ? photoPreloads(slide.image) : []),
  ].join("\n    ");
}
