import { render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { App } from "../src/App";
import { makeLibrary, makeStory, type FullStory } from "./storyFixture";

function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.pathname}</div>;
}

/** Renders the app at `path` with `stories` (a five-slide and a three-slide one by default). */
export function openAt(
  path: string,
  stories: readonly FullStory[] = [makeStory(5), makeStory(3, "other-story")],
) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <App library={makeLibrary(stories)} />
      <Address />
    </MemoryRouter>,
  );
}

/** The address the app is at now. */
export const address = () => screen.getByTestId("address").textContent;
