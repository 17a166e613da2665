/**
 * A language's name for itself ("Tiếng Việt", "한국어", "العربية"), for a language switch that each
 * reader can read whatever the page's language. Capitalised as a menu item in that language. The
 * build works it out, so that every engine shows the same name; a tag the runtime does not know
 * stays as written.
 */
export function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: "language", fallback: "none" }).of(tag);
  } catch {
    // Not a language tag at all.
  }
  if (!name) return tag;
  const first = name.charAt(0);
  return first.toLocaleUpperCase(tag) + name.slice(1);
}
