/**
 * The mark `npm run new-story` leaves wherever an editor still has to write something, and that
 * `npm run check-stories` looks for. Square brackets, not angle brackets: story text that looks
 * like HTML is an error, and a new story must build (and list what is left to do) from the start.
 */
export const TO_WRITE = "[TO WRITE]";

/** A placeholder that says what to write there, e.g. "[TO WRITE] caption: what happens…". */
export function placeholder(what: string): string {
  return `${TO_WRITE} ${what}`;
}

/** Whether text still holds a placeholder, wherever in it the editor left it. */
export function hasPlaceholder(text: string): boolean {
  return text.includes(TO_WRITE);
}
