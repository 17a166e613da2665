import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ADDRESS_CASES } from "../../tests/addressCases";
import { makeStory } from "../../tests/storyFixture";
import { currentAddress, renderAppAt } from "../../tests/renderApp";

describe("the address rule", () => {
  it("has at least 30 cases", () => {
    expect(ADDRESS_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ADDRESS_CASES)("$path", ({ path, slide, address, list }) => {
    renderAppAt(path, [makeStory(7, "hanoi-summit")]);
    if (list) {
      expect(screen.getByRole("heading", { level: 1, name: "Photo stories" })).toBeInTheDocument();
    } else if (slide) {
      expect(screen.getByText(`${slide} / 7`)).toBeInTheDocument();
    } else {
      expect(
        screen.getByRole("heading", { name: "This page is not part of any story" }),
      ).toBeInTheDocument();
    }
    if (address) expect(currentAddress()).toBe(address);
  });
});
