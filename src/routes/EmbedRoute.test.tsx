import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentPath, openAt } from "../../tests/renderApp";
import { makeStory } from "../../tests/storyFixture";

describe("an embed at /embed/:story/:slide", () => {
  it("shows the slide without the site's chrome, and links the same slide on the site", () => {
    openAt("/embed/a-story/3");
    expect(screen.getByText("3 / 5")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Share" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Contents" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "All stories" })).not.toBeInTheDocument();
    const open = screen.getByRole("link", { name: "Open the full story" });
    expect(open).toHaveAttribute("href", "/a-story/3");
    expect(open).toHaveAttribute("target", "_blank");
  });

  it("steps to the embed's own addresses", () => {
    openAt("/embed/a-story/3");
    expect(screen.getByRole("link", { name: "Next slide" })).toHaveAttribute(
      "href",
      "/embed/a-story/4",
    );
    expect(screen.getByRole("link", { name: "Previous slide" })).toHaveAttribute(
      "href",
      "/embed/a-story/2",
    );
  });

  it.each([
    ["/embed/a-story/03", "/embed/a-story/3"],
    ["/embed/a-story/1/", "/embed/a-story/1"],
  ])("writes %s as %s", (path, canonical) => {
    openAt(path);
    expect(currentPath()).toBe(canonical);
  });

  it.each(["/embed/a-story/0", "/embed/a-story/6", "/embed/nope/1", "/embed/a-story"])(
    "does not find %s",
    (path) => {
      openAt(path);
      expect(
        screen.getByRole("heading", { level: 1, name: "This page is not part of any story" }),
      ).toBeInTheDocument();
    },
  );

  it("speaks the story's language", () => {
    openAt("/embed/bai-viet/2", [makeStory(3, "bai-viet", undefined, "vi")]);
    expect(screen.getByRole("link", { name: "Mở toàn bộ bài viết" })).toBeInTheDocument();
  });
});
