import type { ComponentProps } from "react";
import { Icon } from "./Icon";
import type { IconName } from "./iconPaths";

interface IconButtonProps extends Omit<
  ComponentProps<"button">,
  "type" | "children" | "aria-label"
> {
  icon: IconName;
  /** What the button does; it shows only its icon, so this is its name for screen readers. */
  label: string;
}

/** A button that shows an icon alone, named by `label`. Other props go to the `<button>`. */
export function IconButton({ icon, label, className, ...button }: IconButtonProps) {
  return (
    <button type="button" className={className} aria-label={label} {...button}>
      <Icon name={icon} />
    </button>
  );
}
