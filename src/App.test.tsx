import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentPath, openAt } from "../tests/renderApp";

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
