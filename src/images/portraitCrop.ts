/** Portrait crops are 9:16: between a tall phone (about 9:19.5) and a portrait tablet (3:4). */
export const PORTRAIT_RATIO = 9 / 16;

/** Screens at least this narrow (width/height) are served the portrait crop. */
export const PORTRAIT_MEDIA = "(max-aspect-ratio: 2/3)";

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The 9:16 box of a picture centred on its focal point, kept inside the picture, with the focal
 * point's place within that box. Undefined when the picture is already narrower than 9:16.
 */
export function portraitCrop(
  width: number,
  height: number,
  focus: { x: number; y: number },
): { box: CropBox; focus: { x: number; y: number } } | undefined {
  const cropWidth = Math.round(height * PORTRAIT_RATIO);
  if (cropWidth >= width) return undefined;
  const centre = focus.x * width;
  const left = Math.round(Math.min(Math.max(centre - cropWidth / 2, 0), width - cropWidth));
  const inside = (centre - left) / cropWidth;
  return {
    box: { left, top: 0, width: cropWidth, height },
    focus: { x: Math.round(inside * 1000) / 1000, y: focus.y },
  };
}
