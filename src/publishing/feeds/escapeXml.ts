const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser turns a tab or line break in an attribute into a space, and a carriage return
  // anywhere into a line feed: as references they arrive as written.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * The first character XML 1.0 cannot carry at all, not even as a reference: a control other than
 * tab, line feed and carriage return, U+FFFE or U+FFFF, or half of a surrogate pair (iterating by
 * code point, a whole pair is one character).
 */
function firstNotXml(text: string): number | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff
    )
      return code;
  }
  return undefined;
}

/**
 * Text made safe for XML character data and for attribute values in either quote. Text XML cannot
 * carry is refused rather than dropped: the story schema already keeps it out of story text, so
 * meeting it here is a bug, and a feed that silently differs from the story would hide it.
 */
export function escapeXml(text: string): string {
  const bad = firstNotXml(text);
  if (bad !== undefined)
    throw new Error(
      `escapeXml: U+${bad.toString(16).toUpperCase().padStart(4, "0")} cannot be written in XML`,
    );
  return text.replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
}
