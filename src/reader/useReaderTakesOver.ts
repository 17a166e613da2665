import { useEffect, useEffectEvent, type RefObject } from "react";

const INPUTS = ["wheel", "touchstart", "pointerdown"] as const;

/** Calls `onInput` when the reader starts scrolling the element themselves (wheel, touch, pointer). */
export function useReaderTakesOver(ref: RefObject<HTMLElement | null>, onInput: () => void): void {
  const takeOver = useEffectEvent(onInput);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listener = () => takeOver();
    for (const type of INPUTS) element.addEventListener(type, listener, { passive: true });
    return () => {
      for (const type of INPUTS) element.removeEventListener(type, listener);
    };
  }, [ref]);
}
