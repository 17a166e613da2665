import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../tests/messagesFixture";
import { LANGUAGES } from "./languages";
import type { Messages } from "./Messages";

type Functions = {
  [
    K in keyof Messages as Messages[K] extends (...args: never[]) => string ? K : never
  ]: Messages[K];
};

/** Arguments to call each message that takes some; a new function message needs a line here. */
const SAMPLES: { [K in keyof Functions]: Parameters<Functions[K]> } = {
  counter: [3, 7],
  slideOfCount: [3, 7],
  slideTitle: ["Flags", 3, 7, "Headline"],
  announcement: ["photo", 3, 7, "Caption"],
  loadingSlide: [500],
  contentsNumber: [12],
  untitledSlide: [3],
  slideCount: [7],
  startReading: ["Headline"],
  endingTitle: ["Headline"],
};

/** Every message of a language as text: strings as they are, functions called with a sample. */
function texts(messages: Messages): [string, string][] {
  return Object.entries(messages).map(([key, value]: [string, unknown]) => {
    if (typeof value === "string") return [key, value];
    const sample = SAMPLES[key as keyof typeof SAMPLES] as unknown[] | undefined;
    if (typeof value !== "function" || !sample)
      throw new Error(`${key}: no sample to call it with`);
    return [key, String((value as (...args: unknown[]) => unknown)(...sample))];
  });
}

describe("the interface strings", () => {
  it("has a catalogue for every interface language", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)("%s has every key English has, and no other", (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it.each(LANGUAGES)("%s leaves no message empty", (language) => {
    for (const [key, text] of texts(MESSAGES[language])) {
      expect({ key, text: text.trim() === "" ? "(empty)" : "ok" }).toEqual({ key, text: "ok" });
    }
  });

  it.each(LANGUAGES.filter((language) => language !== "en"))(
    "%s translates every message that has words",
    (language) => {
      const english = new Map(texts(MESSAGES.en));
      // Only what is numbers and story text alone may read the same as English.
      const same = texts(MESSAGES[language])
        .filter(([key, text]) => english.get(key) === withoutIsolates(text))
        .map(([key]) => key);
      expect(same.sort()).toEqual(["contentsNumber", "counter", "slideTitle"]);
    },
  );
});

/** Text without the marks that isolate values in a right-to-left sentence (isolate.ts). */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, "");
}

describe("numbers and plurals", () => {
  it.each([
    ["en", 1, "1 slide"],
    ["en", 2, "2 slides"],
    ["en", 0, "0 slides"],
    ["en", 1000, "1000 slides"],
    ["vi", 1, "1 trang"],
    ["vi", 7, "7 trang"],
    ["vi", 1000, "1000 trang"],
    ["ko", 1, "슬라이드 1장"],
    ["ko", 7, "슬라이드 7장"],
    ["ar", 0, "لا شرائح"],
    ["ar", 1, "شريحة واحدة"],
    ["ar", 2, "شريحتان"],
    ["ar", 3, "3 شرائح"],
    ["ar", 10, "10 شرائح"],
    ["ar", 11, "11 شريحة"],
    ["ar", 99, "99 شريحة"],
    ["ar", 100, "100 شريحة"],
    ["ar", 103, "103 شرائح"],
  ] as const)("%s counts %i slides as %s", (language, count, text) => {
    expect(MESSAGES[language].slideCount(count)).toBe(text);
  });

  it.each([
    ["en", "Photo 3 of 7: Kim smiles", "Slide 3 of 7: Kim smiles"],
    ["vi", "Ảnh 3 trên 7: Kim smiles", "Trang 3 trên 7: Kim smiles"],
    ["ko", "사진 7장 중 3번째: Kim smiles", "슬라이드 7개 중 3번째: Kim smiles"],
    [
      "ar",
      "الصورة \u20683\u2069 من \u20687\u2069: \u2068Kim smiles\u2069",
      "الشريحة \u20683\u2069 من \u20687\u2069: \u2068Kim smiles\u2069",
    ],
  ] as const)("%s announces a photo and a text slide", (language, photo, text) => {
    const say = MESSAGES[language];
    expect(say.announcement("photo", 3, 7, "Kim smiles")).toBe(photo);
    expect(say.announcement("text", 3, 7, "Kim smiles")).toBe(text);
  });

  it.each([
    ["en", "3 / 7", "Loading slide 1500…"],
    ["vi", "3 / 7", "Đang tải trang 1500…"],
    ["ko", "3 / 7", "슬라이드 1500 불러오는 중…"],
    // Arabic writes Latin digits here, whatever the engine's default for "ar" (see messages/ar.ts),
    // and isolates each, so that the digits keep their order inside right-to-left text.
    ["ar", "\u20683\u2069 / \u20687\u2069", "جارٍ تحميل الشريحة \u20681500\u2069…"],
  ] as const)("%s writes slide numbers as the address does", (language, counter, loading) => {
    const say = MESSAGES[language];
    expect(say.counter(3, 7)).toBe(counter);
    expect(say.loadingSlide(1500)).toBe(loading);
  });
});

describe("story text in a sentence", () => {
  const ARABIC = "يوم في حديقة المدينة";
  const isolated = `\u2068${ARABIC}\u2069`;

  it.each(LANGUAGES)("%s isolates a right-to-left headline, title and caption", (language) => {
    const say = MESSAGES[language];
    expect(say.startReading(ARABIC)).toContain(isolated);
    expect(say.endingTitle(ARABIC)).toContain(isolated);
    expect(say.announcement("photo", 3, 7, ARABIC)).toContain(isolated);
    expect(say.slideTitle(ARABIC, 3, 7, ARABIC).split(isolated)).toHaveLength(3);
  });

  it.each(LANGUAGES.filter((language) => language !== "ar"))(
    "%s puts left-to-right story text in as written, without invisible marks",
    (language) => {
      const say = MESSAGES[language];
      expect(say.startReading("Leaders meet in Hanoi")).toMatch(/Leaders meet in Hanoi$/);
      expect(say.slideTitle("Flags", 3, 7, "Hanoi")).not.toMatch(/[\u2066-\u2069]/);
      expect(say.announcement("text", 3, 7, "Cờ")).not.toMatch(/[\u2066-\u2069]/);
    },
  );
});
