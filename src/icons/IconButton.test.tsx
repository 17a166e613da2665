import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ICON_PATHS } from "./iconPaths";
import { IconButton } from "./IconButton";

describe("IconButton", () => {
  it("is a button named by its label, with its icon hidden from screen readers", () => {
    const { container } = render(<IconButton icon="close" label="Close contents" />);
    const button = screen.getByRole("button", { name: "Close contents" });
    expect(button).toHaveAttribute("type", "button");
    expect(button).toHaveTextContent("");
    const icon = container.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon?.querySelector("path")).toHaveAttribute("d", ICON_PATHS.close);
  });

  it("passes its class, handlers and ref to the button", async () => {
    const onClick = vi.fn();
    const ref = { current: null as HTMLButtonElement | null };
    render(
      <IconButton
        icon="enlarge"
        label="Enlarge photo"
        className="step"
        onClick={onClick}
        ref={ref}
      />,
    );
    const button = screen.getByRole("button", { name: "Enlarge photo" });
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
    expect(button).toHaveClass("step", { exact: true });
    expect(ref.current).toBe(button);
  });
});
