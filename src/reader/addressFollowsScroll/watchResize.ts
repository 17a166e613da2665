/**
 * Calls `onResize` whenever the element's size changes after the first measure (not on the
 * observer's first report, which only says what it already was). Returns what stops watching.
 */
export function watchResize(element: HTMLElement, onResize: () => void): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  let size = `${element.clientWidth}x${element.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const next = `${element.clientWidth}x${element.clientHeight}`;
    if (next === size) return;
    size = next;
    onResize();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
