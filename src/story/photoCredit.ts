import type { StoryImage } from "./storyTypes";

/** The line that credits a photo where it is shown: its credit, or else who made it. */
export function photoCredit(image: {
  credit?: string | undefined;
  creator?: string | undefined;
}): string | undefined {
  return image.credit ?? image.creator;
}

/** The credit with the copyright notice, for the enlarged photo, where there is room for both. */
export function photoRightsLine(image: StoryImage): string | undefined {
  const parts = [photoCredit(image), image.copyright].filter(
    (part): part is string => part !== undefined,
  );
  return parts.length ? parts.join(" · ") : undefined;
}
