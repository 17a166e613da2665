import { useEffect, useEffectEvent, type RefObject } from "react";

/** Calls `onResize` with the element whenever its size changes after the first measure. */
export function useResize<T extends HTMLElement>(
  ref: RefObject<T | null>,
  onResize: (element: T) => void,
): void {
  const resized = useEffectEvent(onResize);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    let size = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${element.clientWidth}x${element.clientHeight}`;
      if (next === size) return;
      size = next;
      resized(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
