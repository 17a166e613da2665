/** What a key press asks the reader to do, or undefined when the key is not the reader's. */
export type ReaderMove = "next" | "previous" | "first" | "last";

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function readerMoveFor(press: KeyPress): ReaderMove | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  switch (press.key) {
    case "ArrowDown":
    case "PageDown":
      return "next";
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case " ":
      return press.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return undefined;
  }
}

/** The slide (1-based) a move leads to from `from`, never past either end. */
export function applyMove(move: ReaderMove, from: number, count: number): number {
  switch (move) {
    case "next":
      return Math.min(count, from + 1);
    case "previous":
      return Math.max(1, from - 1);
    case "first":
      return 1;
    case "last":
      return count;
  }
}
