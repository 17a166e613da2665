import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeLibrary, makeStory, type FullStory } from "../tests/storyFixture";
import { currentPath, renderAppAt } from "../tests/renderApp";
import type { Slide } from "./story/storyTypes";

/** A story whose slide 2 throws when its text is read, as a corrupt slide would. */
function storyWithBrokenSlide(): FullStory {
  return makeStory(4, "a-story", (slide, number) => {
    if (number !== 2) return slide;
    const broken = { ...slide } as Slide;
    Object.defineProperty(broken, "body", {
      get() {
        throw new Error("this slide is broken");
      },
    });
    return broken;
  });
}

describe("error boundaries", () => {
  beforeEach(() => {
    // React reports every caught error on the console; the tests check what the reader sees.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a slide that throws shows its title and a note, and the rest of the story keeps working", async () => {
    const user = userEvent.setup();
    renderAppAt("/a-story/2", [storyWithBrokenSlide()]);
    const broken = screen.getByRole("region", { name: "Slide 2 of 4" });
    expect(within(broken).getByRole("heading", { name: "Slide 2 title" })).toBeInTheDocument();
    expect(within(broken).getByText("This slide could not be shown.")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Slide 3 of 4" })).toHaveTextContent(
      "Caption of slide 3.",
    );
    expect(screen.getByText("2 / 4")).toBeInTheDocument();
    await user.keyboard("{ArrowDown}");
    expect(currentPath()).toBe("/a-story/3");
    expect(screen.getByText("3 / 4")).toBeInTheDocument();
    expect(console.error).toHaveBeenCalled();
  });

  it("a page that cannot be drawn at all shows a page that says so, with ways on", () => {
    const library = makeLibrary([makeStory(3)]);
    const [story] = library.getSnapshot();
    Object.defineProperty(story, "headline", {
      get() {
        throw new Error("the story is broken");
      },
    });
    renderAppAt("/", library);
    expect(
      screen.getByRole("heading", { level: 1, name: "This page could not be shown" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "See all stories" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "Reload this page" })).toBeInTheDocument();
  });
});
