import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "./escapeHtml";

describe("escapeHtml", () => {
  it.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
    ["'", "&#39;"],
    [
      `<a href="x" title='y'>Tom & Jerry</a>`,
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    ],
    ["", ""],
    ["plain words", "plain words"],
  ])("%j → %j", (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it("escapes text that is already escaped again, so that it shows as written", () => {
    expect(escapeHtml("&amp; &lt;b&gt; &#39;")).toBe("&amp;amp; &amp;lt;b&amp;gt; &amp;#39;");
  });

  it("keeps every other character as it is, non-ASCII included", () => {
    const text = "Trần Văn — “Hà Nội” 2019 · 김정은 · 👍🏽 🇻🇳 \u00a0/=`\\";
    expect(escapeHtml(text)).toBe(text);
  });
});

describe("jsonForScript", () => {
  it("parses back to the same value", () => {
    const value = { text: "</script><!-- & \u2028\u2029 “Hà Nội”", list: [1, null, true] };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });

  it("leaves nothing that closes a script or opens a comment, nor a line separator", () => {
    const json = jsonForScript({ text: "</script><!-- \u2028\u2029" });
    expect(json).not.toMatch(/<|\u2028|\u2029/);
  });
});
