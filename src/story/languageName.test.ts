import { describe, expect, it } from "vitest";
import { languageName } from "./languageName";

describe("languageName", () => {
  it.each([
    ["en", "English"],
    ["vi", "Tiếng Việt"],
    ["ko", "한국어"],
    ["ar", "العربية"],
    ["fr", "Français"],
    ["pt-BR", "Português (Brasil)"],
  ])("names %s in itself: %s", (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });

  it("keeps a tag it cannot name as written", () => {
    expect(languageName("qaa")).toBe("qaa");
    expect(languageName("not a tag")).toBe("not a tag");
  });
});
