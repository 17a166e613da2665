import { useReducer } from "react";
import { arrivedAt, readerPosition, type ReaderPosition } from "./readerPosition";

/**
 * The reader's position (see readerPosition) for the slide the address names, 0-based, and what
 * reports the slide the scroll shows.
 */
export function useReaderPosition(current: number): [ReaderPosition, (index: number) => void] {
  const [position, dispatch] = useReducer(readerPosition, current, arrivedAt);
  // Adjusted during render, so a move costs one render and one commit: a state update from an
  // effect would render and commit the whole reader a second time, in the same task as the first.
  if (position.addressed !== current) dispatch({ type: "addressed", index: current });
  // Reported every frame while scrolling. Unlike a state setter, a reducer's dispatch renders the
  // reader even when nothing changes, so an update that changes nothing is not sent.
  const view = (index: number) => {
    const action = { type: "viewed", index } as const;
    if (readerPosition(position, action) !== position) dispatch(action);
  };
  return [position, view];
}
