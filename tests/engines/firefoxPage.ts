import type WebDriver from "webdriver";
import type { local } from "webdriver";
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
import { waitForValue } from "./processes";

type Client = ReturnType<typeof WebDriver.attachToSession>;

/**
 * Whether a console error is Firefox's report that a request its service worker answered was cut
 * off, for a request the page itself gave up: Firefox logs that as an error of the page whenever a
 * page is left, or an image's source changes, while the worker is still fetching for it. That is
 * not an error of the page and is not counted; a worker failing a request the page still wanted
 * counts as any other error.
 */
function reportsAbandonedRequest(error: string, abandoned: readonly string[]): boolean {
  const url =
    /^javascript: Failed to load ‘([^’]+)’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/.exec(
      error,
    )?.[1];
  return url !== undefined && abandoned.includes(url);
}

/**
 * Firefox's one tab, driven over the BiDi session `client` holds: page errors from its log
 * events, and the page's requests followed from its network events.
 */
export async function firefoxPage(
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
