import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeCatalogue } from "../../tests/messagesFixture";
import { MessagesProvider } from "../i18n/useMessages";
import { EmbedButton } from "./EmbedButton";

const renderButton = () =>
  render(
    <MessagesProvider catalogue={makeCatalogue()} language="en">
      <EmbedButton code={CODE} />
    </MessagesProvider>,
  );

const CODE = '<div><iframe src="https://example.org/embed/a/3" title="A"></iframe></div>';

describe("EmbedButton", () => {
  afterEach(() => vi.restoreAllMocks());

  it("offers the code in a labelled field, ready to copy", () => {
    renderButton();
    expect(screen.getByRole("button", { name: "Embed" })).toHaveAttribute(
      "popovertarget",
      "embed-code",
    );
    expect(
      screen.getByRole("textbox", { name: "Code to paste into your page", hidden: true }),
    ).toHaveValue(CODE);
  });

  it("copies the code and says so", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    renderButton();
    await user.click(screen.getByRole("button", { name: "Copy code", hidden: true }));
    expect(writeText).toHaveBeenCalledWith(CODE);
    expect(screen.getByRole("status", { hidden: true })).toHaveTextContent("Code copied");
  });

  it("selects the code for the reader when the clipboard is refused", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    renderButton();
    await user.click(screen.getByRole("button", { name: "Copy code", hidden: true }));
    const field = screen.getByRole("textbox", { hidden: true });
    expect(field).toHaveFocus();
    expect(screen.getByRole("status", { hidden: true })).toHaveTextContent("");
  });
});
