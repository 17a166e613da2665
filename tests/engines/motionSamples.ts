/** The slides' photos and captions as they are drawn in each frame, from now until `frames` have passed. */
export function sampleSlideParts(frames: number): void {
  const seen = new Set<string>();
  (window as unknown as { __partStates: Set<string> }).__partStates = seen;
  let left = frames;
  const frame = () => {
    for (const part of document.querySelectorAll('[data-part="panel"], [data-part="photo"]')) {
      const style = getComputedStyle(part);
      seen.add(`opacity ${style.opacity}, transform ${style.transform}`);
    }
    left -= 1;
    if (left > 0) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** What `sampleSlideParts` saw, each state once. */
export const sampledPartStates = () => [
  ...(window as unknown as { __partStates: Set<string> }).__partStates,
];
