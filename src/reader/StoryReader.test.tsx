import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { makeCatalogue } from "../../tests/messagesFixture";
import { currentPath, openAt } from "../../tests/renderApp";
import { entryOf, makeStory } from "../../tests/storyFixture";
import { App } from "../App";
import { StoryLibrary } from "../story/storyLibrary";

describe("the reader", () => {
  it("moves one slide with the arrow keys, replacing the address", async () => {
    const user = userEvent.setup();
    openAt("/a-story/2");
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/3");
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(currentPath()).toBe("/a-story");
    // End leads past the last slide to the ending, which has an address but no slide number.
    await user.keyboard("{End}");
    expect(currentPath()).toBe("/a-story/end");
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/end");
    await user.keyboard("{ArrowUp}");
    expect(currentPath()).toBe("/a-story/5");
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/end");
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
    render(
      <MemoryRouter initialEntries={["/long/500"]}>
        <App library={new StoryLibrary([{ ...entry, pages }])} catalogue={makeCatalogue()} />
      </MemoryRouter>,
    );
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
    expect(announcements()).toContain(
      "The end of the story. Read it again, share it, or choose another story.",
    );
    await act(async () => {
      await user.keyboard("{ArrowUp}");
    });
    expect(announcements()).toContain("Slide 5 of 5: Slide 5 title");
  });
});
