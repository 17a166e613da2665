/**
 * Wraps text put into an interface string in Unicode's first-strong isolate (FSI … PDI), so that
 * its own direction decides its order and it cannot reorder the words around it: an English name
 * at the end of an Arabic caption, or a number, then reads as written. The two marks are
 * invisible and unspoken; a right-to-left catalogue uses this for every value it puts into a
 * sentence.
 */
export function isolate(text: string | number): string {
  return `\u2068${text}\u2069`;
}
