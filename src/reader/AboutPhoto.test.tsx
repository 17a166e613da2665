import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../tests/storyFixture";
import { renderAppAt } from "../../tests/renderApp";
import type { StoryImage } from "../story/storyTypes";

/** Opens slide 1 of a story whose first photo carries `fields`. */
function openWithPhoto(fields: Partial<StoryImage>) {
  const story = makeStory(3, "a-story", (slide, number) =>
    number === 1 && slide.image ? { ...slide, image: { ...slide.image, ...fields } } : slide,
  );
  renderAppAt("/a-story", [story]);
  return screen.getByRole("region", { name: "Slide 1 of 3" });
}

describe("what a slide says about its photo", () => {
  it("shows the photo's own credit with it", () => {
    const slide = openWithPhoto({ credit: "Reuters / Jorge Silva", creator: "Jorge Silva" });
    expect(within(slide).getByText("Reuters / Jorge Silva")).toBeInTheDocument();
    expect(within(slide).getByText("Reuters / Jorge Silva").closest("p")).toHaveTextContent(
      "Photo: Reuters / Jorge Silva",
    );
  });

  it("credits the photo's creator when it has no credit line", () => {
    const slide = openWithPhoto({ creator: "Jorge Silva" });
    expect(within(slide).getByText("Jorge Silva").closest("p")).toHaveTextContent(
      "Photo: Jorge Silva",
    );
  });

  it("offers the long description behind a Description control, tied to the photo", async () => {
    const description = "A longer description of everything in the picture.";
    const slide = openWithPhoto({ description });
    const control = within(slide).getByText("Description");
    const text = within(slide).getByText(description);
    expect(text).not.toBeVisible();
    expect(within(slide).getByRole("img", { name: "Picture 1" })).toHaveAccessibleDescription(
      description,
    );
    await userEvent.click(control);
    expect(text).toBeVisible();
  });

  it("adds nothing for a photo without credit or description", () => {
    const slide = openWithPhoto({});
    expect(within(slide).queryByText(/^Photo: /)).toBeNull();
    expect(within(slide).queryByText("Description")).toBeNull();
    expect(within(slide).getByRole("img", { name: "Picture 1" })).not.toHaveAttribute(
      "aria-describedby",
    );
  });
});
