import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { entryOf, makeStory, type FullStory } from "../tests/storyFixture";
import { currentPath, renderAppAt } from "../tests/renderApp";
import { StoryLibrary } from "./story/storyLibrary";

function openAt(
  path: string,
  stories: readonly FullStory[] = [makeStory(5), makeStory(3, "other-story")],
) {
  renderAppAt(path, stories);
}

function expectNotFound() {
  expect(
    screen.getByRole("heading", { level: 1, name: "This page is not part of any story" }),
  ).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Start reading: Headline of a-story" })).toHaveAttribute(
    "href",
    "/a-story",
  );
}

describe("the story list at /", () => {
  it("shows every story with its cover, headline, date and number of slides", () => {
    openAt("/");
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const first = items[0];
    if (!first) throw new Error("no first story");
    expect(within(first).getByRole("link", { name: /Headline of a-story/ })).toHaveAttribute(
      "href",
      "/a-story",
    );
    expect(within(first).getByRole("img", { name: "Picture 1" })).toBeInTheDocument();
    expect(within(first).getByText("February 27, 2019, 07:56 am PT")).toBeInTheDocument();
    expect(within(first).getByText(/5 slides/)).toBeInTheDocument();
  });
});

describe("a slide's address", () => {
  it("opens the story on its first slide at /:story", () => {
    openAt("/a-story");
    expect(
      screen.getByRole("heading", { level: 1, name: "Headline of a-story" }),
    ).toBeInTheDocument();
    expect(screen.getByText("1 / 5")).toBeInTheDocument();
    expect(document.title).toBe("Headline of a-story");
  });

  it("opens slide 3 at /:story/3, with its counter, title and neighbours as links", () => {
    openAt("/a-story/3");
    expect(screen.getByText("3 / 5")).toBeInTheDocument();
    expect(screen.getByText("Slide 3 of 5")).toBeInTheDocument();
    expect(document.title).toBe("Slide 3 title (3/5) · Headline of a-story");
    expect(screen.getByText("Caption of slide 3.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Previous slide" })).toHaveAttribute(
      "href",
      "/a-story/2",
    );
    expect(screen.getByRole("link", { name: "Next slide" })).toHaveAttribute("href", "/a-story/4");
  });

  it("has no next link on the last slide and no previous link on the first", () => {
    openAt("/a-story/5");
    expect(screen.queryByRole("link", { name: "Next slide" })).not.toBeInTheDocument();
    expect(screen.getByText("Photos by the test")).toBeInTheDocument();
  });

  it.each([
    ["/a-story/", "/a-story"],
    ["/a-story/1", "/a-story"],
    ["/a-story/03", "/a-story/3"],
    ["/a-story/4/", "/a-story/4"],
  ])("replaces %s with its one address %s", (path, canonical) => {
    openAt(path);
    expect(currentPath()).toBe(canonical);
  });

  it.each([
    "/a-story/0",
    "/a-story/6",
    "/a-story/-1",
    "/a-story/abc",
    "/a-story/2.5",
    "/nope",
    "/a-story/2/extra",
  ])("shows the not-found page for %s", (path) => {
    openAt(path);
    expectNotFound();
    expect(document.title).toBe("Page not found");
  });
});

describe("the reader", () => {
  it("moves one slide with the arrow keys, replacing the address", async () => {
    const user = userEvent.setup();
    openAt("/a-story/2");
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/3");
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(currentPath()).toBe("/a-story");
    await user.keyboard("{End}");
    expect(currentPath()).toBe("/a-story/5");
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/5");
  });

  it("moves with the next and previous links", async () => {
    const user = userEvent.setup();
    openAt("/a-story/2");
    await user.click(screen.getByRole("link", { name: "Next slide" }));
    expect(currentPath()).toBe("/a-story/3");
    expect(screen.getByText("3 / 5")).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Previous slide" }));
    expect(currentPath()).toBe("/a-story/2");
  });

  it("lists every slide in the contents view and jumps to the one chosen", async () => {
    const user = userEvent.setup();
    openAt("/a-story/2");
    await user.click(screen.getByRole("button", { name: "Contents" }));
    const dialog = screen.getByRole("dialog", { name: "Contents" });
    const links = within(dialog).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `${n}Slide ${n} title`),
    );
    expect(within(dialog).getByRole("link", { name: /Slide 2 title/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await user.click(within(dialog).getByRole("link", { name: /Slide 4 title/ }));
    expect(currentPath()).toBe("/a-story/4");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("renders only the slides near the current one, whatever the story's length", () => {
    openAt("/long/500", [makeStory(1000, "long")]);
    const rendered = document.querySelectorAll("[data-slide]");
    expect([...rendered].map((section) => section.getAttribute("data-slide"))).toEqual([
      "498",
      "499",
      "500",
      "501",
      "502",
    ]);
  });

  it("loads the pages of slides around the one shown, and holds each slide's place until then", async () => {
    const story = makeStory(1000, "long");
    const loaded: number[] = [];
    const entry = entryOf(story, 20);
    const pages = entry.pages.map((load, page) => () => {
      loaded.push(page);
      return load();
    });
    renderAppAt("/long/500", new StoryLibrary([{ ...entry, pages }]));
    // Before its page arrives, slide 500 is a placeholder that says what it is.
    const placeholder = document.querySelector('[data-slide="500"]');
    expect(placeholder).toHaveAttribute("aria-busy", "true");
    expect(placeholder).toHaveTextContent("Loading slide 500");
    expect(await screen.findByRole("heading", { name: "Slide 500 title" })).toBeInTheDocument();
    expect(document.querySelector('[data-slide="500"]')).not.toHaveAttribute("aria-busy");
    // Slides 494 to 506 are wanted: pages 24 and 25 (slides 481 to 520), and no other.
    expect(loaded.sort((a, b) => a - b)).toEqual([24, 25]);
  });

  it("shows story text as text, never as markup", () => {
    const story = makeStory(3, "a-story", (slide, number) =>
      number === 1 ? { ...slide, caption: '<img src=x onerror="alert(1)"> & <b>bold</b>' } : slide,
    );
    openAt("/a-story", [story]);
    expect(screen.getByText('<img src=x onerror="alert(1)"> & <b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector("b")).toBeNull();
  });

  it("announces each slide moved to, politely, but not the one the reader arrived on", async () => {
    const user = userEvent.setup();
    openAt("/a-story");
    const announcements = () => screen.getAllByRole("status").map((status) => status.textContent);
    expect(announcements().join("")).toBe("");
    await act(async () => {
      await user.keyboard("{ArrowDown}");
    });
    expect(announcements()).toContain("Photo 2 of 5: Caption of slide 2.");
    await act(async () => {
      await user.keyboard("{End}");
    });
    expect(announcements()).toContain("Slide 5 of 5: Slide 5 title");
  });
});
