import { describe, expect, it } from "vitest";
import { interfaceLanguage } from "./languages";

describe("interfaceLanguage", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["vi", "vi"],
    ["vi-VN", "vi"],
    ["ko-KR", "ko"],
    ["ko-Kore-KR", "ko"],
    ["ar", "ar"],
    ["ar-EG", "ar"],
    ["AR-eg", "ar"],
    ["vi_VN", "vi"],
    [" ko ", "ko"],
    ["fr", "en"],
    ["he-IL", "en"],
    ["", "en"],
    [undefined, "en"],
    ["x-vi", "en"],
  ])("reads %j as %s", (tag, language) => {
    expect(interfaceLanguage(tag)).toBe(language);
  });

  it("falls back to the language it is given", () => {
    expect(interfaceLanguage("fr", "vi")).toBe("vi");
    expect(interfaceLanguage("ko", "vi")).toBe("ko");
  });
});
