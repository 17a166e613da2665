import { useEffect, useEffectEvent, useRef } from "react";
import { applyMove, readerMoveFor, type ReaderMove } from "./readerKeys";

/** Where keys belong to what has focus: typing, and dialogs with their own keys. */
const KEEPS_ALL_KEYS = "input, textarea, select, [contenteditable], dialog, [role=dialog]";
/** Where Space presses what has focus rather than turning the page. */
const PRESSED_BY_SPACE = "button, a, summary, [role=button]";

function keyBelongsToFocus(event: KeyboardEvent): boolean {
  if (!(event.target instanceof Element)) return false;
  if (event.target.closest(KEEPS_ALL_KEYS)) return true;
  return event.key === " " && event.target.closest(PRESSED_BY_SPACE) !== null;
}

/**
 * Moves through the story with arrows, Page Up/Down, Space and Home/End. Held keys repeat from
 * the slide last asked for, not the one on screen, so repeats move one slide each and stop at
 * the ends.
 */
export function useReaderKeys(
  slideNumber: number,
  count: number,
  goTo: (slide: number) => void,
): void {
  const target = useRef(slideNumber);

  useEffect(() => {
    target.current = slideNumber;
  }, [slideNumber]);

  // Read when a key comes, so the listener is added once and still sees the story as it is now.
  const move = useEffectEvent((key: ReaderMove) => {
    const next = applyMove(key, target.current, count);
    if (next === target.current) return;
    target.current = next;
    goTo(next);
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const key = readerMoveFor(event);
      if (!key || keyBelongsToFocus(event)) return;
      event.preventDefault();
      move(key);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
