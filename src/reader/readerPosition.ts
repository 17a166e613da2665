/**
 * Where the reader is, apart from the address: the slide in view (which leads the address while
 * the reader scrolls), which way they last moved, the slide they arrived on, and whether they
 * have moved since. All indexes are 0-based.
 */
export interface ReaderPosition {
  /** The slide the address named when last looked at. */
  addressed: number;
  inView: number;
  direction: 1 | -1;
  /** The slide the reader arrived on: it is not announced, and its photo is fetched first. */
  entry: number;
  /** Whether the address has named a slide other than the entry one: from then on, each is announced. */
  moved: boolean;
}

export type ReaderPositionAction =
  /** The address names slide `index`: it is the one in view from now on, even if the scroll is there already. */
  | { type: "addressed"; index: number }
  /** The scroll shows slide `index`, mid-gesture included. */
  | { type: "viewed"; index: number };

/** The position of a reader who has just arrived on slide `index`. */
export function arrivedAt(index: number): ReaderPosition {
  return { addressed: index, inView: index, direction: 1, entry: index, moved: false };
}

/** Returns the same object when nothing changes, so that React can skip the render. */
export function readerPosition(
  position: ReaderPosition,
  action: ReaderPositionAction,
): ReaderPosition {
  const { index } = action;
  const direction = index >= position.inView ? 1 : -1;
  if (action.type === "viewed") {
    if (index === position.inView && direction === position.direction) return position;
    return { ...position, inView: index, direction };
  }
  if (index === position.addressed) return position;
  return {
    ...position,
    addressed: index,
    inView: index,
    direction,
    moved: position.moved || index !== position.entry,
  };
}
