/**
 * The `sizes` of a photo that covers the viewport: the full width where the screen is wider than
 * the photo, otherwise the width the photo takes when its height fills the screen.
 */
export function coverSizes(width: number, height: number): string {
  const ratio = width / height;
  const heightFill = Math.round(ratio * 100);
  return `(min-aspect-ratio: ${width}/${height}) 100vw, ${heightFill}vh`;
}

/** CSS object-position for a focal point. */
export function focusPosition(focus: { x: number; y: number }): string {
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  return `${percent(focus.x)} ${percent(focus.y)}`;
}
