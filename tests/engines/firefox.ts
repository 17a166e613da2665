import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import WebDriver, { type local } from "webdriver";
import {
  callInPage,
  keyPress,
  mouseClick,
  resultFromPage,
  wheelTurn,
  type Engine,
  type EnginePage,
  type Json,
  type LaunchOptions,
  type ScreenSize,
  QUIET_MS,
} from "./enginePage";
import { scratchFolder, startProcess, waitForValue } from "./processes";

/** Debian's Firefox ESR unless FIREFOX_PATH names another Firefox. */
const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/**
 * Preferences for a clean, quiet test profile. Firefox applies its own recommended automation
 * preferences when its remote agent starts; these add what a reader's profile would not need and
 * what would otherwise reach out to the network. `ui.prefersReducedMotion` is the browser's own
 * "reduce motion" setting (what the desktop's accessibility setting turns on), so the page sees
 * `prefers-reduced-motion: reduce` exactly as a reader who asked for it does.
 */
function profilePreferences(reducedMotion: boolean): string {
  const prefs: Record<string, boolean | number | string> = {
    "ui.prefersReducedMotion": reducedMotion ? 1 : 0,
    "app.normandy.enabled": false,
    "app.update.disabledForTesting": true,
    "browser.shell.checkDefaultBrowser": false,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": false,
    "messaging-system.rsexperimentloader.enabled": false,
    "network.connectivity-service.enabled": false,
    "toolkit.telemetry.reportingpolicy.firstRun": false,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join("");
}

/**
 * Firefox driven over WebDriver BiDi with no driver in between: Firefox's remote agent
 * (`--remote-debugging-port`) accepts a BiDi session itself, so geckodriver, which Debian does not
 * package, is not needed. WebdriverIO's protocol client (`webdriver`) attaches to the agent's
 * WebSocket and opens the session with `session.new`; every command is a BiDi command.
 */
export const firefox: Engine = {
  name: "firefox",
  turnsWheel: true,
  async version() {
    const { stdout } = await promisify(execFile)(FIREFOX, ["--version"]);
    return `${stdout.trim()} (${FIREFOX}), WebDriver BiDi`;
  },
  launch: launchFirefox,
};

async function launchFirefox({ siteOrigin, size, reducedMotion }: LaunchOptions) {
  const profile = await scratchFolder("firefox");
  await writeFile(join(profile.path, "user.js"), profilePreferences(reducedMotion));
  const browser = await startProcess(
    FIREFOX,
    [
      "--headless",
      "--no-remote",
      "--profile",
      profile.path,
      "--remote-debugging-port",
      "0",
      "about:blank",
    ],
    {
      ready: /WebDriver BiDi listening on (ws:\/\/\S+)\r?\n/,
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" },
    },
  ).catch(async (error: unknown) => {
    await profile.remove();
    throw error;
  });
  const quit = async () => {
    await browser.stop();
    await profile.remove();
  };
  try {
    const agent = browser.ready[1] ?? "";
    // Attaching takes the capabilities a driver would have answered with, where webSocketUrl is
    // the socket's address; the session itself is opened over that socket below.
    const answered = { browserName: "firefox", webSocketUrl: `${agent}/session` };
    const client = WebDriver.attachToSession({
      sessionId: "none yet",
      capabilities: answered as unknown as WebdriverIO.Capabilities,
      logLevel: "error",
    });
    await waitForValue("the BiDi connection to Firefox", () => client.isBidi || undefined);
    await client.sessionNew({ capabilities: {} });
    return await firefoxPage(client, siteOrigin, size, quit);
  } catch (error) {
    await quit();
    throw error;
  }
}

type Client = ReturnType<typeof WebDriver.attachToSession>;

/**
 * Whether a console error is Firefox's report that a request its service worker answered was cut
 * off, for a request the page itself gave up: Firefox logs that as an error of the page whenever a
 * page is left, or an image's source changes, while the worker is still fetching for it. It is not
 * an error of the page, and only it is let through: a worker failing a request the page still
 * wanted is reported as any other error.
 */
function reportsAbandonedRequest(error: string, abandoned: readonly string[]): boolean {
  const url =
    /^javascript: Failed to load ‘([^’]+)’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/.exec(
      error,
    )?.[1];
  return url !== undefined && abandoned.includes(url);
}

async function firefoxPage(
  client: Client,
  origin: string,
  size: ScreenSize,
  quit: () => Promise<void>,
): Promise<EnginePage> {
  const { contexts } = await client.browsingContextGetTree({});
  const context = contexts[0]?.context;
  if (!context) throw new Error("Firefox opened no tab");
  // Console errors and uncaught errors of every page, from its first script on.
  const errors: string[] = [];
  client.on("log.entryAdded", (entry: local.LogEntry) => {
    if (entry.level === "error") errors.push(`${entry.type}: ${entry.text ?? ""}`);
  });
  // The page's requests in flight, and when one last started or ended.
  const inFlight = new Set<string>();
  let lastFetch = Date.now();
  const started = ({ request }: local.NetworkBaseParameters) => {
    inFlight.add(request.request);
    lastFetch = Date.now();
  };
  const ended = ({ request }: local.NetworkBaseParameters) => {
    inFlight.delete(request.request);
    lastFetch = Date.now();
  };
  client.on("network.beforeRequestSent", started);
  client.on("network.responseCompleted", ended);
  // Requests the page itself gave up (it was left, or an image changed source) before they ended.
  const abandoned = new Set<string>();
  client.on("network.fetchError", (event: local.NetworkFetchErrorParameters) => {
    if (event.errorText === "NS_BINDING_ABORTED") abandoned.add(event.request.url);
    ended(event);
  });
  await client.sessionSubscribe({
    events: [
      "log.entryAdded",
      "network.beforeRequestSent",
      "network.responseCompleted",
      "network.fetchError",
    ],
  });

  const resize = async ({ width, height }: ScreenSize) => {
    await client.browsingContextSetViewport({ context, viewport: { width, height } });
  };
  await resize(size);
  const actions = async (
    sequence: ReturnType<typeof keyPress | typeof mouseClick | typeof wheelTurn>,
  ) => {
    await client.inputPerformActions({ context, actions: [sequence] });
    await client.inputReleaseActions({ context });
  };

  return {
    origin,
    async goto(path) {
      await client.browsingContextNavigate({ context, url: `${origin}${path}`, wait: "complete" });
    },
    async evaluate<A extends Json[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
      const answer = await client.scriptCallFunction({
        functionDeclaration: callInPage(fn),
        arguments: [{ type: "string", value: JSON.stringify(args) }],
        target: { context },
        awaitPromise: true,
      });
      if (answer.type === "exception")
        throw new Error(`in the page: ${answer.exceptionDetails.text}`);
      return resultFromPage<R>(answer.result.type === "string" ? answer.result.value : undefined);
    },
    press: (...keys) => actions(keyPress(keys)),
    clickAt: (x, y) => actions(mouseClick(x, y)),
    wheel: (x, y, deltaY) => actions(wheelTurn(x, y, deltaY)),
    async back() {
      await client.browsingContextTraverseHistory({ context, delta: -1 });
    },
    async forward() {
      await client.browsingContextTraverseHistory({ context, delta: 1 });
    },
    resize,
    async idle() {
      await waitForValue(
        `the page to stop fetching (${[...inFlight].join(", ")})`,
        () => (inFlight.size === 0 && Date.now() - lastFetch >= QUIET_MS) || undefined,
      );
    },
    async takeErrors() {
      const dropped = [...abandoned];
      abandoned.clear();
      return errors.splice(0).filter((error) => !reportsAbandonedRequest(error, dropped));
    },
    async close() {
      try {
        await client.sessionEnd({});
      } finally {
        await quit();
      }
    },
  };
}
