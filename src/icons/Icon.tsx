import { ICON_PATHS, type IconName } from "./iconPaths";

/**
 * One of the reader's icons. It is decoration: the link or button around it carries the name that
 * screen readers say.
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}
