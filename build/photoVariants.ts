/** Widths made of every photo, phone to 4K; never wider than the original. */
export const IMAGE_WIDTHS = [480, 960, 1600, 2400] as const;

/** The widest a photo is ever served, in the slide or enlarged: nothing wider is kept. */
export const MAX_PHOTO_WIDTH = Math.max(...IMAGE_WIDTHS);
