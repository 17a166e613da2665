import { describe, expect, it } from "vitest";
import { applyMove, readerMoveFor, type KeyPress, type ReaderMove } from "./readerKeys";

const NO_MODIFIER = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };

function press(key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress {
  return { key, ...NO_MODIFIER, ...modifiers };
}

describe("readerMoveFor", () => {
  it.each<[string, ReaderMove]>([
    ["ArrowDown", "next"],
    ["PageDown", "next"],
    [" ", "next"],
    ["ArrowUp", "previous"],
    ["PageUp", "previous"],
    ["Home", "first"],
    ["End", "last"],
  ])("%j → %s", (key, move) => {
    expect(readerMoveFor(press(key))).toBe(move);
  });

  it.each<[string, ReaderMove]>([
    [" ", "previous"],
    ["ArrowDown", "next"],
    ["ArrowUp", "previous"],
    ["PageDown", "next"],
    ["Home", "first"],
    ["End", "last"],
  ])("Shift+%j → %s", (key, move) => {
    expect(readerMoveFor(press(key, { shiftKey: true }))).toBe(move);
  });

  // The browser's and the system's own shortcuts (Alt+ArrowLeft is Back, Ctrl+End, Cmd+ArrowDown)
  // are left to them.
  it.each(["altKey", "ctrlKey", "metaKey"] as const)(
    "leaves every key alone with %s held",
    (modifier) => {
      for (const key of ["ArrowDown", "ArrowUp", "PageDown", "PageUp", " ", "Home", "End"])
        expect(readerMoveFor(press(key, { [modifier]: true })), key).toBeUndefined();
    },
  );

  it.each([
    "ArrowLeft",
    "ArrowRight",
    "Enter",
    "Escape",
    "Tab",
    "Spacebar",
    "Down",
    "j",
    "J",
    "0",
    "",
    "Unidentified",
  ])("leaves %j alone", (key) => {
    expect(readerMoveFor(press(key))).toBeUndefined();
    expect(readerMoveFor(press(key, { shiftKey: true }))).toBeUndefined();
  });
});

describe("applyMove", () => {
  it.each<[ReaderMove, number, number, number]>([
    ["next", 1, 7, 2],
    ["next", 6, 7, 7],
    ["next", 7, 7, 7],
    ["previous", 7, 7, 6],
    ["previous", 2, 7, 1],
    ["previous", 1, 7, 1],
    ["first", 5, 7, 1],
    ["first", 1, 7, 1],
    ["last", 2, 7, 7],
    ["last", 7, 7, 7],
    ["next", 1, 1, 1],
    ["previous", 1, 1, 1],
    ["last", 1, 1, 1],
    ["next", 999, 1000, 1000],
  ])("%s from %i of %i slides → %i", (move, from, count, expected) => {
    expect(applyMove(move, from, count)).toBe(expected);
  });
});
