import { photoCredit } from "../story/photoCredit";
import type { Story, StoryImage } from "../story/storyTypes";
import { shareImage } from "./shareImage";
import { absoluteUrl, type Site } from "./siteAddress";

/**
 * A photo as schema.org's ImageObject: its share-size JPEG, what it shows, and its rights as
 * search engines read them (creditText, creator, copyrightNotice, license, acquireLicensePage).
 * A photo is credited as the slide credits it (its credit line, else its creator), and one with
 * neither with the story's credit line.
 */
export function imageObject(site: Site, story: Story, image: StoryImage) {
  const variant = shareImage(image);
  const credit = photoCredit(image) ?? story.credit;
  return {
    "@type": "ImageObject",
    url: absoluteUrl(site, variant.src),
    width: variant.width,
    height: variant.height,
    caption: image.alt,
    ...(image.description === undefined ? {} : { description: image.description }),
    ...(credit === undefined ? {} : { creditText: credit }),
    ...(image.creator === undefined ? {} : { creator: { "@type": "Person", name: image.creator } }),
    ...(image.copyright === undefined ? {} : { copyrightNotice: image.copyright }),
    ...(image.license === undefined ? {} : { license: image.license }),
    ...(image.acquireLicensePage === undefined
      ? {}
      : { acquireLicensePage: image.acquireLicensePage }),
  };
}
