const INPUTS = ["wheel", "touchstart", "pointerdown"] as const;

/**
 * Calls `onInput` when the reader starts scrolling the element themselves (wheel, touch,
 * pointer). Returns what stops listening.
 */
export function watchReaderInput(element: HTMLElement, onInput: () => void): () => void {
  const listener = () => onInput();
  for (const type of INPUTS) element.addEventListener(type, listener, { passive: true });
  return () => {
    for (const type of INPUTS) element.removeEventListener(type, listener);
  };
}
