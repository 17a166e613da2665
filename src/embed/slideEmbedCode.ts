import { absoluteUrl, sitePath, type Site } from "../publishing/siteAddress";
import { slideDocumentTitle, type WriteSlideTitle } from "../story/documentTitle";
import type { Story } from "../story/storyTypes";
import { embedCode } from "./embedCode";
import { embedPath } from "./embedPath";

/** The embed code of slide `slideNumber`, named as the slide's page is: what Share's Embed offers and oEmbed returns. */
export function slideEmbedCode(
  site: Site,
  story: Story,
  slideNumber: number,
  say: { slideTitle: WriteSlideTitle },
): string {
  return embedCode({
    src: absoluteUrl(site, sitePath(site, embedPath(story.slug, slideNumber))),
    title: slideDocumentTitle(story, slideNumber, say),
  });
}
