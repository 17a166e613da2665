import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import WebDriver from "webdriver";
import type { Engine, LaunchOptions } from "./enginePage";
import { firefoxPage } from "./firefoxPage";
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
