import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeLibrary, makeStory } from "../../tests/storyFixture";
import { StoryLibraryProvider, useStories } from "./useStoryLibrary";

function StoryTitles() {
  return (
    <ul>
      {useStories().map((story) => (
        <li key={story.slug}>{story.slug}</li>
      ))}
    </ul>
  );
}

describe("the story library's hook", () => {
  it("reads the stories of the library its provider gives", () => {
    const library = makeLibrary([makeStory(2, "first"), makeStory(3, "second")]);
    render(
      <StoryLibraryProvider library={library}>
        <StoryTitles />
      </StoryLibraryProvider>,
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(
      library.getSnapshot().map((story) => story.slug),
    );
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("fails by name outside its provider", () => {
    // React reports the error it rethrows; the test needs only the throw.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<StoryTitles />)).toThrow(
      "useStoryLibrary needs a <StoryLibraryProvider> above it",
    );
    quiet.mockRestore();
  });
});
