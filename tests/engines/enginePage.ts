import type { EngineName } from "./selectedEngines";

/** A screen size the reader is tried at. */
export interface ScreenSize {
  name: "desktop" | "phone";
  width: number;
  height: number;
}

export const DESKTOP: ScreenSize = { name: "desktop", width: 1440, height: 900 };
export const PHONE: ScreenSize = { name: "phone", width: 390, height: 844 };

/** The keys the tests press, by the code points WebDriver's key table gives them. */
export const KEY = {
  ArrowDown: "\uE015",
  ArrowUp: "\uE013",
  End: "\uE010",
  Home: "\uE011",
  Escape: "\uE00C",
  Control: "\uE009",
} as const;

/** How long a state the tests wait for may take to arrive: generous, for a busy two-core machine. */
export const POLL = { timeout: 10_000, interval: 100 };

/** How long a page must fetch nothing to count as loaded (Playwright's "networkidle" waits as long). */
export const QUIET_MS = 500;

/** What a function handed to the page may take and give back: it travels as JSON. */
export type Json = string | number | boolean | null | readonly Json[] | { [key: string]: Json };

/** One browser tab, driven the same way whatever the engine and protocol beneath it. */
export interface EnginePage {
  /** The origin the site is opened from, e.g. `http://127.0.0.1:4190`. */
  readonly origin: string;
  /** Opens `path` on the site and waits for the page's load event. */
  goto(path: string): Promise<void>;
  /**
   * Runs `fn` in the page, awaited, and returns its result. `fn` is sent as source: it must use
   * nothing from the test's scope but its arguments.
   */
  evaluate<A extends Json[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Presses `keys` together and lets them go in reverse order, as a person does a shortcut. */
  press(...keys: string[]): Promise<void>;
  /** A mouse click at a point of the viewport, in CSS pixels. */
  clickAt(x: number, y: number): Promise<void>;
  /** A turn of the mouse wheel over a point of the viewport, `deltaY` CSS pixels down. */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** Sets the size of the page's viewport (not the window's) in CSS pixels. */
  resize(size: ScreenSize): Promise<void>;
  /**
   * Waits until the page has fetched nothing for `QUIET_MS`, as a reader lets a page finish
   * loading: the app's own code arrives after the load event, and a page left before that has
   * its requests cut off mid-way.
   */
  idle(): Promise<void>;
  /** The page errors seen since the last call: uncaught errors, unhandled rejections, console errors. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Where the production build is served. */
  siteOrigin: string;
  size: ScreenSize;
  /** Starts the browser with the platform's own "reduce motion" setting turned on. */
  reducedMotion: boolean;
}

/** A browser engine the suite can run the reader on. */
export interface Engine {
  name: EngineName;
  /** Whether its driver's wheel actions scroll the page as a wheel does (see the engine's notes). */
  turnsWheel: boolean;
  /** The browser's name and version, as the installed browser reports it. */
  version(): Promise<string>;
  launch(options: LaunchOptions): Promise<EnginePage>;
}

/**
 * The source of a function that runs `fn` with arguments sent as one JSON string and answers with
 * its awaited result as JSON. Both protocols then carry only strings, whatever `fn` returns.
 */
export function callInPage(fn: (...args: never[]) => unknown): string {
  // A transpiler that keeps function names (esbuild's keepNames, as tsx runs it) wraps inner
  // functions in calls to its `__name` helper, which the page does not have.
  return `async (json) => {
    const __name = (target) => target;
    return JSON.stringify({ value: await (${fn.toString()})(...JSON.parse(json)) });
  }`;
}

/** The result of a function sent with `callInPage`. */
export function resultFromPage<R>(json: unknown): Awaited<R> {
  if (typeof json !== "string") throw new Error(`the page answered ${String(json)}, not JSON`);
  return (JSON.parse(json) as { value: Awaited<R> }).value;
}

/** A W3C action sequence that presses `keys` together, then lets them go in reverse order. */
export function keyPress(keys: readonly string[]) {
  return {
    type: "key" as const,
    id: "keyboard",
    actions: [
      ...keys.map((value) => ({ type: "keyDown" as const, value })),
      ...keys.toReversed().map((value) => ({ type: "keyUp" as const, value })),
    ],
  };
}

/** A W3C action sequence that clicks the mouse at a point of the viewport. */
export function mouseClick(x: number, y: number) {
  return {
    type: "pointer" as const,
    id: "mouse",
    parameters: { pointerType: "mouse" as const },
    actions: [
      {
        type: "pointerMove" as const,
        x: Math.round(x),
        y: Math.round(y),
        origin: "viewport" as const,
      },
      { type: "pointerDown" as const, button: 0 },
      { type: "pointerUp" as const, button: 0 },
    ],
  };
}

/** A W3C action sequence that turns the mouse wheel over a point of the viewport. */
export function wheelTurn(x: number, y: number, deltaY: number) {
  return {
    type: "wheel" as const,
    id: "wheel",
    actions: [
      {
        type: "scroll" as const,
        x: Math.round(x),
        y: Math.round(y),
        deltaX: 0,
        deltaY: Math.round(deltaY),
        origin: "viewport" as const,
      },
    ],
  };
}
