/**
 * The reader's icons by name: one stroked path each on a 24×24 grid. Their width, caps and colour
 * come from the button they sit in (src/styles/buttons.css), so they follow its text colour.
 */
export const ICON_PATHS = {
  /** The way home, to every story. */
  menu: "M4 6h16M4 12h16M4 18h16",
  close: "M6 6l12 12M18 6L6 18",
  up: "M6 15l6-6 6 6",
  down: "M6 9l6 6 6-6",
  enlarge: "M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7",
} as const;

export type IconName = keyof typeof ICON_PATHS;
