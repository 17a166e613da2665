/**
 * The elements of HTML a writer could mean. Text is markup only where it names one of them, so
 * that "x<y && y>z", "<3" or "</ not a tag" stay the text they are.
 */
const ELEMENTS = new Set(
  (
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas " +
    "caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed " +
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe " +
    "img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol " +
    "optgroup option output p param picture pre progress q rp rt ruby s samp script search " +
    "section select slot small source span strong style sub summary sup svg table tbody td " +
    "template textarea tfoot th thead time title tr track u ul var video wbr font center marquee"
  ).split(" "),
);

/** A start or end tag: `<name>`, `<name attr="…">`, `</name>`, `<name/>`. */
const TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;

/** Whether text holds an HTML tag (or comment) that a writer may have meant as markup. */
export function looksLikeMarkup(text: string): boolean {
  if (/<!--[\s\S]*?-->/.test(text)) return true;
  for (const match of text.matchAll(TAG))
    if (ELEMENTS.has((match[1] ?? "").toLowerCase())) return true;
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Characters that cannot reach a reader as written: C0 and C1 controls other than tab and line
 * feed (an HTML parser turns a carriage return into a line feed, so the page would no longer
 * match the app), noncharacters such as U+FFFE, and halves of surrogate pairs, which UTF-8
 * cannot encode.
 */
export function unwritableCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      // Noncharacters, which XML (a photo's rights metadata) cannot carry either.
      (code >= 0xfdd0 && code <= 0xfdef) ||
      (code & 0xfffe) === 0xfffe;
    if (control) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return LONE_SURROGATE.test(text) ? "half of a surrogate pair" : undefined;
}
