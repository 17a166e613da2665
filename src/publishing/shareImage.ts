import type { StoryImage } from "../story/storyTypes";
import { parseSrcset } from "../images/parseSrcset";

/** The width of the JPEG used for share previews: at least 1200 wide, as the big cards want. */
export const SHARE_IMAGE_MIN_WIDTH = 1200;

/** The JPEG a share card shows: the narrowest variant at least 1200 px wide, or the largest. */
export function shareImage(image: StoryImage): { src: string; width: number; height: number } {
  const variants = parseSrcset(image.srcset.jpeg);
  const chosen =
    variants.find((variant) => variant.width >= SHARE_IMAGE_MIN_WIDTH) ?? variants.at(-1);
  const src = chosen?.src ?? image.src;
  const width = chosen?.width ?? image.width;
  return { src, width, height: Math.round((width * image.height) / image.width) };
}
