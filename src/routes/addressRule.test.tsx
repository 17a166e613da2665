import { render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { ADDRESS_CASES } from "../../tests/addressCases";
import { makeLibrary, makeStory } from "../../tests/storyFixture";
import { App } from "../App";

function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.pathname + location.search + location.hash}</div>;
}

describe("the address rule", () => {
  it("has at least 30 cases", () => {
    expect(ADDRESS_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ADDRESS_CASES)("$path", ({ path, slide, address, list }) => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <App library={makeLibrary([makeStory(7, "hanoi-summit")])} />
        <Address />
      </MemoryRouter>,
    );
    if (list) {
      expect(screen.getByRole("heading", { level: 1, name: "Photo stories" })).toBeInTheDocument();
    } else if (slide) {
      expect(screen.getByText(`${slide} / 7`)).toBeInTheDocument();
    } else {
      expect(
        screen.getByRole("heading", { name: "This page is not part of any story" }),
      ).toBeInTheDocument();
    }
    if (address) expect(screen.getByTestId("address").textContent).toBe(address);
  });
});
