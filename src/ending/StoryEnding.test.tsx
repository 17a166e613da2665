import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { currentPath, openAt, renderAppAt } from "../../tests/renderApp";
import { makeStory, type FullStory } from "../../tests/storyFixture";

/** A three-slide story published at `published`, in `lang`. */
function storyAt(slug: string, published: string, lang = "en"): FullStory {
  return { ...makeStory(3, slug, undefined, lang), published, dateline: `Dateline of ${slug}` };
}

const ending = () => screen.getByRole("region", { name: "The end" });

describe("the ending", () => {
  it("follows the last slide, reached by its next link, and leads back to it", async () => {
    const user = userEvent.setup();
    openAt("/a-story/5");
    // It is in reach below the last slide, but out of the Tab order until it is the reader's.
    const again = () => within(ending()).getByRole("link", { name: "Read again from the start" });
    expect(again()).toHaveAttribute("tabindex", "-1");
    const share = () => within(ending()).getByRole("button", { name: "Share this story" });
    expect(share()).toHaveAttribute("tabindex", "-1");
    await user.click(screen.getByRole("link", { name: "To the end of the story" }));
    expect(currentPath()).toBe("/a-story/end");
    expect(again()).toHaveAttribute("tabindex", "0");
    expect(share()).toHaveAttribute("tabindex", "0");
    await user.click(screen.getByRole("link", { name: "Previous slide" }));
    expect(currentPath()).toBe("/a-story/5");
  });

  it("opens at its own address with the story's title, counting no slide of its own", () => {
    openAt("/a-story/end");
    expect(ending()).toBeInTheDocument();
    expect(document.title).toBe("The end · Headline of a-story");
    expect(screen.getByText("5 / 5")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Previous slide" })).toHaveAttribute(
      "href",
      "/a-story/5",
    );
    expect(screen.queryByRole("link", { name: "Next slide" })).not.toBeInTheDocument();
  });

  it("offers the story again from the start", async () => {
    const user = userEvent.setup();
    openAt("/a-story/end");
    await user.click(within(ending()).getByRole("link", { name: "Read again from the start" }));
    expect(currentPath()).toBe("/a-story");
  });

  it("gives the story's address to share, and a button that shares it", () => {
    openAt("/a-story/end");
    expect(within(ending()).getByRole("button", { name: "Share this story" })).toBeInTheDocument();
    expect(within(ending()).getByRole("link", { name: /\/a-story$/ })).toBeInTheDocument();
  });

  it("lists the other stories newest first, once whatever their languages, with covers", () => {
    const market = storyAt("market", "2024-02-05T07:00:00+07:00");
    const cho = storyAt("cho", "2024-02-05T06:15:00+07:00", "vi");
    const versions = [market, cho].map(({ slug, lang, published }) => ({
      slug,
      lang,
      name: lang,
      published,
      slideCount: 3,
    }));
    renderAppAt("/flood/end", [
      storyAt("summit", "2019-02-27T07:56:00-08:00"),
      { ...market, versions },
      { ...cho, versions },
      storyAt("flood", "2023-09-10T12:00:00+02:00"),
      storyAt("ferry", "2023-09-10T08:00:00-08:00"),
    ]);
    const more = within(ending()).getByRole("navigation", { name: "More stories" });
    const links = within(more).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "/market",
      "/ferry",
      "/summit",
      "/",
    ]);
    expect(within(links[0] as HTMLElement).getByRole("img")).toHaveAttribute("loading", "lazy");
    expect(within(more).getByText("Dateline of ferry")).toBeInTheDocument();
  });

  it("speaks the story's language", () => {
    renderAppAt("/qimma/end", [makeStory(3, "qimma", undefined, "ar")]);
    expect(screen.getByRole("region", { name: "النهاية" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
  });

  it.each(["/a-story/6", "/a-story/end/more", "/a-story/END"])("leaves %s not found", (path) => {
    openAt(path);
    expect(
      screen.getByRole("heading", { name: "This page is not part of any story" }),
    ).toBeInTheDocument();
  });
});
