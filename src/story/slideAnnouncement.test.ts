import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import en from "../i18n/messages/en";
import { slideAnnouncement } from "./slideAnnouncement";

describe("slideAnnouncement", () => {
  const story = makeStory(4, "a-story", (slide, number) =>
    number === 2 ? { ...slide, caption: "A very long caption ".repeat(8).trim() } : slide,
  );

  it("names the photo, where it stands and its caption", () => {
    expect(slideAnnouncement(story, 3, en)).toBe("Photo 3 of 4: Caption of slide 3.");
  });

  it("stops a long caption at a word", () => {
    const text = slideAnnouncement(story, 2, en);
    const caption = story.slides[1]?.caption ?? "";
    const said = text.replace(/^Photo 2 of 4: /, "").replace(/…$/, "");
    expect(text.endsWith("…")).toBe(true);
    expect(caption.startsWith(`${said} `)).toBe(true);
    expect(said.length).toBeGreaterThan(45);
    expect(said.length).toBeLessThanOrEqual(90);
  });

  it("names a text-only slide by its title", () => {
    expect(slideAnnouncement(story, 4, en)).toBe("Slide 4 of 4: Slide 4 title");
  });

  it("says nothing of a slide that does not exist", () => {
    expect(slideAnnouncement(story, 9, en)).toBe("");
  });
});
