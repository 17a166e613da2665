import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../tests/messagesFixture";
import { openAt } from "../../tests/renderApp";
import { makeLibrary, makeStory } from "../../tests/storyFixture";
import { App } from "../App";
import { MessageCatalogue } from "./MessageCatalogue";
import { useMessages } from "./useMessages";

/** The marks that isolate a value in a right-to-left sentence (src/i18n/isolate.ts). */
const FSI = "\u2068";
const PDI = "\u2069";

/** Every English message that is words (not a number or a pattern), to look for on a page. */
const ENGLISH = Object.values(MESSAGES.en).filter(
  (value): value is string => typeof value === "string" && value.length > 3,
);

/** The text a page shows and the names it gives its controls. */
function pageWords(): string {
  const names = [...document.querySelectorAll("[aria-label]")].map((element) =>
    element.getAttribute("aria-label"),
  );
  return [document.body.textContent, ...names].join("\n");
}

describe("the interface language", () => {
  it.each([
    ["en", "Next slide", "Contents", "Share", "2 / 5", "ltr"],
    ["vi-VN", "Trang sau", "Mục lục", "Chia sẻ", "2 / 5", "ltr"],
    ["ko", "다음 슬라이드", "목차", "공유", "2 / 5", "ltr"],
    // Arabic isolates the numbers it puts in a sentence, so that they keep their order.
    ["ar", "الشريحة التالية", "المحتويات", "مشاركة", `${FSI}2${PDI} / ${FSI}5${PDI}`, "rtl"],
  ])("of a story in %s is its language", (lang, next, contents, share, counter, dir) => {
    openAt("/a-story/2", [makeStory(5, "a-story", undefined, lang)]);
    expect(screen.getByRole("link", { name: next })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: contents })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: share })).toBeInTheDocument();
    expect(screen.getByText(counter)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang.slice(0, 2));
    expect(document.documentElement.dir).toBe(dir);
  });

  it("of a right-to-left story without a catalogue is English, its counter written left to right", () => {
    openAt("/a-story/2", [makeStory(5, "a-story", undefined, "he")]);
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dir).toBe("rtl");
    // "2 / 5" has no letter to say its direction; on a mirrored page it would read "5 / 2".
    expect(screen.getByText("2 / 5").closest("[dir]")).toHaveAttribute("dir", "ltr");
  });

  it.each(["vi", "ko", "ar"])("of a story in %s has no English word in it", (lang) => {
    // The last slide carries the most: the story's credit line, and no next step.
    openAt("/a-story/5", [makeStory(5, "a-story", undefined, lang)]);
    const words = pageWords();
    expect(ENGLISH.filter((english) => words.includes(english))).toEqual([]);
  });

  it.each([
    ["vi", "Ảnh 2 trên 5: Caption of slide 2.", "Trang 5 trên 5: Slide 5 title"],
    ["ko", "사진 5장 중 2번째: Caption of slide 2.", "슬라이드 5개 중 5번째: Slide 5 title"],
    [
      "ar",
      `الصورة ${FSI}2${PDI} من ${FSI}5${PDI}: ${FSI}Caption of slide 2.${PDI}`,
      `الشريحة ${FSI}5${PDI} من ${FSI}5${PDI}: ${FSI}Slide 5 title${PDI}`,
    ],
  ])("announces the slides of a story in %s in its language", async (lang, photo, text) => {
    const user = userEvent.setup();
    openAt("/a-story", [makeStory(5, "a-story", undefined, lang)]);
    const announcements = () => screen.getAllByRole("status").map((status) => status.textContent);
    await act(async () => {
      await user.keyboard("{ArrowDown}");
    });
    expect(announcements()).toContain(photo);
    // End goes to the ending, and the last slide is one step back up.
    await act(async () => {
      await user.keyboard("{End}{ArrowUp}");
    });
    expect(announcements()).toContain(text);
  });

  it("of the story list and the not-found page is the site's, whatever the stories speak", () => {
    const stories = [
      makeStory(5, "hoi-nghi", undefined, "vi"),
      makeStory(1, "qimma", undefined, "ar"),
    ];
    openAt("/", stories);
    expect(screen.getByRole("heading", { level: 1, name: "Photo stories" })).toBeInTheDocument();
    expect(screen.getByText("5 slides")).toBeInTheDocument();
    expect(screen.getByText("1 slide")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  it("of a slide that does not exist is the site's, in a story's own folder too", () => {
    openAt("/hoi-nghi/9", [makeStory(5, "hoi-nghi", undefined, "vi")]);
    expect(
      screen.getByRole("heading", { name: "This page is not part of any story" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start reading: Headline of hoi-nghi" })).toBeVisible();
  });

  it("is fetched when the reader moves to a story in a language not loaded yet", async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const catalogue = new MessageCatalogue({ en: MESSAGES.en }, (language) => {
      asked.push(language);
      return Promise.resolve(MESSAGES[language]);
    });
    const story = makeStory(3, "hoedam", undefined, "ko");
    render(
      <MemoryRouter initialEntries={["/"]}>
        <App library={makeLibrary([story])} catalogue={catalogue} />
      </MemoryRouter>,
    );
    await act(async () => {
      await user.click(screen.getByRole("link", { name: /Headline of hoedam/ }));
    });
    expect(await screen.findByRole("link", { name: "다음 슬라이드" })).toBeInTheDocument();
    expect(asked).toEqual(["ko"]);
  });

  it("fails by name outside its provider", () => {
    function Label() {
      return <p>{useMessages().share}</p>;
    }
    expect(() => render(<Label />)).toThrow("useMessages needs a <MessagesProvider> above it");
  });
});
