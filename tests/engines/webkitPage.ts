import type { remote } from "webdriverio";
import {
  QUIET_MS,
  callInPage,
  keyPress,
  mouseClick,
  resultFromPage,
  wheelTurn,
  type EnginePage,
  type Json,
  type ScreenSize,
} from "./enginePage";
import { takeProbedErrors } from "./errorProbe";
import { waitForValue } from "./processes";

type Browser = Awaited<ReturnType<typeof remote>>;

/**
 * MiniBrowser's page, driven over WebDriver: page errors from the probe the proxy adds to every
 * page, read before each page is left.
 */
export async function webkitPage(
  browser: Browser,
  origin: string,
  size: ScreenSize,
  quit: () => Promise<void>,
): Promise<EnginePage> {
  const evaluate = async <A extends Json[], R>(
    fn: (...args: A) => R,
    ...args: A
  ): Promise<Awaited<R>> =>
    resultFromPage<R>(
      await browser.execute(`return (${callInPage(fn)})(arguments[0]);`, JSON.stringify(args)),
    );
  // The probe's list lives in the page: it is read before the page is left, or lost with it.
  const errors: string[] = [];
  const keepErrors = async () => {
    errors.push(...(await evaluate(takeProbedErrors)));
  };
  const resize = async ({ width, height }: ScreenSize) => {
    await browser.setWindowSize(width, height);
    const viewport = await evaluate(() => [window.innerWidth, window.innerHeight]);
    if (viewport[0] !== width || viewport[1] !== height)
      throw new Error(`MiniBrowser's viewport is ${viewport.join("×")}, not ${width}×${height}`);
  };
  const actions = async (
    sequence: ReturnType<typeof keyPress | typeof mouseClick | typeof wheelTurn>,
  ) => {
    await browser.performActions([sequence]);
    await browser.releaseActions();
  };
  await resize(size);

  return {
    origin,
    async goto(path) {
      await keepErrors();
      await browser.url(`${origin}${path}`);
    },
    evaluate,
    press: (...keys) => actions(keyPress(keys)),
    clickAt: (x, y) => actions(mouseClick(x, y)),
    wheel: (x, y, deltaY) => actions(wheelTurn(x, y, deltaY)),
    async back() {
      await keepErrors();
      await browser.back();
    },
    async forward() {
      await keepErrors();
      await browser.forward();
    },
    resize,
    async idle() {
      // WebDriver classic reports no requests; the page's own record of those it finished does.
      let seen = { fetched: -1, at: Date.now() };
      await waitForValue("the page to stop fetching", async () => {
        const fetched = await evaluate(() =>
          document.readyState === "complete" ? performance.getEntriesByType("resource").length : -1,
        );
        if (fetched !== seen.fetched) seen = { fetched, at: Date.now() };
        return (fetched >= 0 && Date.now() - seen.at >= QUIET_MS) || undefined;
      });
    },
    async takeErrors() {
      await keepErrors();
      return errors.splice(0);
    },
    close: quit,
  };
}
