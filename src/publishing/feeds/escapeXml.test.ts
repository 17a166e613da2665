import { describe, expect, it } from "vitest";
import { escapeXml } from "./escapeXml";

describe("escapeXml", () => {
  it.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
    ["'", "&apos;"],
    ["\t", "&#9;"],
    ["\n", "&#10;"],
    ["\r", "&#13;"],
    ["]]>", "]]&gt;"],
    ["<!-- not a comment", "&lt;!-- not a comment"],
    ["&amp; already escaped", "&amp;amp; already escaped"],
    ["$& $' $` $$ $1 $<name>", "$&amp; $&apos; $` $$ $1 $&lt;name&gt;"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  it("keeps backslashes, Arabic, Vietnamese, Korean and emoji as they are", () => {
    const text = "\\back\\ يوم في حديقة Hà Nội 김정은 👍🏽 🇻🇳 \u00a0\u0085\uFDD0";
    expect(escapeXml(text)).toBe(text);
  });

  it.each([
    ["a NUL", "\u0000", "U+0000"],
    ["a form feed", "a\u000Cb", "U+000C"],
    ["U+FFFE", "\uFFFE", "U+FFFE"],
    ["a lone high surrogate", "x\uD83D", "U+D83D"],
    ["a lone low surrogate", "\uDC4D x", "U+DC4D"],
  ])("refuses %s, which XML cannot carry", (_, text, named) => {
    expect(() => escapeXml(text)).toThrow(named);
  });
});
