import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { currentAddress, renderAppAt } from "../../tests/renderApp";
import { makeStory, type FullStory } from "../../tests/storyFixture";
import type { StoryVersion } from "../story/storyTypes";

const asVersion = (story: FullStory, name: string): StoryVersion => ({
  slug: story.slug,
  lang: story.lang,
  name,
  published: story.published,
  slideCount: story.slides.length,
});

/** An English story of five slides and its Vietnamese version of three, linked both ways. */
function versionedStories(): FullStory[] {
  const english = makeStory(5, "a-story");
  const vietnamese = makeStory(3, "mot-cau-chuyen", undefined, "vi");
  const versions = [asVersion(english, "English"), asVersion(vietnamese, "Tiếng Việt")];
  return [
    { ...english, versions },
    { ...vietnamese, versions },
  ];
}

/**
 * A link in the bar's list of the story's languages. The list is a popover, which jsdom hides and
 * cannot open: the browser tests open it (tests/browser/languages.spec.ts).
 */
function languageLink(name: string): HTMLElement {
  const list = screen.getByRole("list", { name: /Other languages|Ngôn ngữ khác/, hidden: true });
  return within(list).getByRole("link", { name, hidden: true });
}

describe("the language switch", () => {
  it("offers each version at the slide that stands for this one, marking this one", () => {
    renderAppAt("/a-story/2", versionedStories());
    expect(screen.getByRole("button", { name: "EN, Other languages" })).toBeInTheDocument();
    const english = languageLink("English");
    const vietnamese = languageLink("Tiếng Việt");
    expect(english).toHaveAttribute("href", "/a-story/2");
    expect(english).toHaveAttribute("aria-current", "page");
    expect(vietnamese).toHaveAttribute("href", "/mot-cau-chuyen/2");
    expect(vietnamese).toHaveAttribute("hreflang", "vi");
    expect(vietnamese).toHaveAttribute("lang", "vi");
    expect(vietnamese).not.toHaveAttribute("aria-current");
  });

  it("offers a shorter version's last slide for a slide past its end", () => {
    renderAppAt("/a-story/5", versionedStories());
    expect(languageLink("Tiếng Việt")).toHaveAttribute("href", "/mot-cau-chuyen/3");
  });

  it("offers each version's ending from the ending", () => {
    renderAppAt("/a-story/end", versionedStories());
    expect(languageLink("Tiếng Việt")).toHaveAttribute("href", "/mot-cau-chuyen/end");
    expect(languageLink("English")).toHaveAttribute("href", "/a-story/end");
  });

  it("goes to the other version, whose interface speaks its language", async () => {
    renderAppAt("/a-story/2", versionedStories());
    await userEvent.click(languageLink("Tiếng Việt"));
    expect(currentAddress()).toBe("/mot-cau-chuyen/2");
    expect(await screen.findByRole("button", { name: "VI, Ngôn ngữ khác" })).toBeInTheDocument();
    expect(languageLink("English")).toHaveAttribute("href", "/a-story/2");
  });

  it("is not there for a story in one language", () => {
    renderAppAt("/a-story/2", [makeStory(5)]);
    expect(screen.getByRole("button", { name: "Contents" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Other languages/ })).toBeNull();
  });
});

describe("a story in several languages on the story list", () => {
  it("is listed once, in the site's language, with links to the others", () => {
    const [english, vietnamese] = versionedStories();
    if (!english || !vietnamese) throw new Error("no stories");
    // The Vietnamese version first: the list still shows the English one, the site's.
    renderAppAt("/", [vietnamese, english, makeStory(2, "another-story")]);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [first] = items;
    if (!first) throw new Error("no first story");
    expect(within(first).getByRole("link", { name: /Headline of a-story/ })).toHaveAttribute(
      "href",
      "/a-story",
    );
    expect(first).toHaveTextContent("Also in Tiếng Việt");
    const other = within(first).getByRole("link", { name: "Tiếng Việt" });
    expect(other).toHaveAttribute("href", "/mot-cau-chuyen");
    expect(other).toHaveAttribute("lang", "vi");
    expect(screen.queryByRole("link", { name: /Headline of mot-cau-chuyen/ })).toBeNull();
  });
});
