import { parseSrcset } from "../images/parseSrcset";
import type { StoryImage } from "../story/storyTypes";

/** Which of a photo's srcsets the browser chose from. */
export type SrcsetKind = "portrait-avif" | "portrait-webp" | "avif" | "webp" | "jpeg";

function srcsetOf(image: StoryImage, kind: SrcsetKind): string | undefined {
  switch (kind) {
    case "portrait-avif":
      return image.portrait?.srcset.avif;
    case "portrait-webp":
      return image.portrait?.srcset.webp;
    default:
      return image.srcset[kind];
  }
}

const KINDS: readonly SrcsetKind[] = ["portrait-avif", "portrait-webp", "avif", "webp", "jpeg"];

/** The srcset kind and width a loaded photo came from, found by its URL. */
export function usedVariant(
  image: StoryImage,
  url: string,
): { kind: SrcsetKind; width: number } | undefined {
  const path = new URL(url, "http://x").pathname;
  for (const kind of KINDS) {
    const match = parseSrcset(srcsetOf(image, kind) ?? "").find(
      (entry) => new URL(entry.src, "http://x").pathname === path,
    );
    if (match) return { kind, width: match.width };
  }
  return undefined;
}

/**
 * The photos worth keeping for offline reading: those of the slides `behind` before and `ahead`
 * after `current`, in the kind and width this screen uses (the nearest at least as wide, else the
 * widest; a photo without that kind falls back to its landscape counterpart).
 */
export function photosToKeep(
  images: readonly (StoryImage | undefined)[],
  current: number,
  used: { kind: SrcsetKind; width: number },
  ahead: number,
  behind: number,
): string[] {
  const urls: string[] = [];
  const first = Math.max(0, current - behind);
  const last = Math.min(images.length - 1, current + ahead);
  for (let index = first; index <= last; index += 1) {
    const image = images[index];
    if (!image) continue;
    const kind = srcsetOf(image, used.kind)
      ? used.kind
      : (used.kind.replace("portrait-", "") as SrcsetKind);
    const entries = parseSrcset(srcsetOf(image, kind) ?? "");
    const entry = entries.find((candidate) => candidate.width >= used.width) ?? entries.at(-1);
    if (entry) urls.push(entry.src);
  }
  return urls;
}
