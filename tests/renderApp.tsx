import { render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { App } from "../src/App";
import { StoryLibrary } from "../src/story/storyLibrary";
import { makeCatalogue } from "./messagesFixture";
import { makeLibrary, makeStory, type FullStory } from "./storyFixture";

/** Shows the router's address, so that a test can read where the app has gone. */
function Address() {
  const { pathname, search, hash } = useLocation();
  return <div data-testid="address">{pathname + search + hash}</div>;
}

/**
 * Renders the whole app as a reader opening `path`, over these stories or this library, with every
 * interface language at hand.
 */
export function renderAppAt(path: string, stories: StoryLibrary | readonly FullStory[]) {
  const library = stories instanceof StoryLibrary ? stories : makeLibrary(stories);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App library={library} catalogue={makeCatalogue()} />
      <Address />
    </MemoryRouter>,
  );
}

/** Renders the app at `path` over a five-slide and a three-slide story, unless told others. */
export function openAt(
  path: string,
  stories: readonly FullStory[] = [makeStory(5), makeStory(3, "other-story")],
) {
  return renderAppAt(path, stories);
}

/** The app's address now: its path, query and fragment. */
export function currentAddress(): string {
  return screen.getByTestId("address").textContent ?? "";
}

/** The path of the app's address now, without query or fragment. */
export function currentPath(): string {
  return new URL(currentAddress(), "http://localhost").pathname;
}
