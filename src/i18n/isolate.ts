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

/** Letters of the scripts written right to left (Unicode bidi class R or AL). */
const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/**
 * Story text put into a left-to-right sentence: isolated when it holds right-to-left letters (an
 * Arabic headline in the English not-found page's "Start reading: …"), so that it cannot pull the
 * punctuation and numbers around it into its own order; as written otherwise, so that the usual
 * titles, announcements and search results carry no invisible marks.
 */
export function embedText(text: string): string {
  return RIGHT_TO_LEFT_LETTER.test(text) ? isolate(text) : text;
}
