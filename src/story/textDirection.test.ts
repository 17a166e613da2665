import { describe, expect, it } from "vitest";
import { textDirection } from "./textDirection";

describe("textDirection", () => {
  it.each([
    ["ar", "rtl"],
    ["ar-EG", "rtl"],
    ["he", "rtl"],
    ["fa-IR", "rtl"],
    ["ur", "rtl"],
    ["dv", "rtl"],
    ["yi", "rtl"],
    ["ku-Arab", "rtl"],
    ["az-arab-IR", "rtl"],
    ["sd-Deva", "ltr"],
    ["en", "ltr"],
    ["vi-VN", "ltr"],
    ["ko", "ltr"],
    ["ja", "ltr"],
    ["zh-Hant-TW", "ltr"],
    ["AR", "rtl"],
  ])("says %s runs %s", (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
  });

  it("reads a tag Intl refuses as left to right", () => {
    expect(textDirection("not a tag")).toBe("ltr");
  });
});
