import { describe, expect, it } from "vitest";
import { looksLikeMarkup, unwritableCharacter } from "./plainText";

describe("looksLikeMarkup", () => {
  it.each([
    ["<b>bold</b>", true],
    ["a <em>word</em>", true],
    ["</p>", true],
    ['<a href="x">link</a>', true],
    ["line<br/>break", true],
    ["<IMG SRC=x>", true],
    ["<!-- a comment -->", true],
    ["x<y && y>z", false],
    ["<3 and >_<", false],
    ["</ not a tag", false],
    ["</script without its end", false],
    ["<b is not closed", false],
    ["<Ltd>", false],
    ["<!-- never closed", false],
    ["$& and $' and $`", false],
  ])("%s → %s", (text, expected) => {
    expect(looksLikeMarkup(text)).toBe(expected);
  });
});

describe("unwritableCharacter", () => {
  it.each([
    ["plain words", undefined],
    ["tab\tand line\nfeed", undefined],
    ["emoji 👍🏽 and 🇻🇳", undefined],
    ["e\u0301 combining", undefined],
    ["line\u2028separator", undefined],
    ["carriage\r\nreturn", "U+000D"],
    ["nul\u0000", "U+0000"],
    ["c1\u0085", "U+0085"],
    ["nonchar\uFFFE", "U+FFFE"],
    ["nonchar\uFFFF", "U+FFFF"],
    ["nonchar\uFDD0", "U+FDD0"],
    ["private use \uE000 is fine", undefined],
    ["half \ud83d pair", "half of a surrogate pair"],
    ["other half \udc4d", "half of a surrogate pair"],
  ])("%j → %s", (text, expected) => {
    expect(unwritableCharacter(text)).toBe(expected);
  });
});
