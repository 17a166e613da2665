import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { remote } from "webdriverio";
import type { Engine, LaunchOptions } from "./enginePage";
import { serveWithErrorProbe } from "./errorProbe";
import { webkitPage } from "./webkitPage";
import {
  freePort,
  scratchFolder,
  startProcess,
  waitForValue,
  type StartedProcess,
} from "./processes";

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";

/** WebKitGTK's MiniBrowser, wherever this machine's multiarch folder keeps it. */
function miniBrowser(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const arch of readdirSync("/usr/lib")) {
    const path = join("/usr/lib", arch, "webkit2gtk-4.1", "MiniBrowser");
    if (existsSync(path)) return path;
  }
  throw new Error("WebKitGTK's MiniBrowser is not installed (apt-get install webkit2gtk-driver)");
}

/**
 * WebKit as WebKitGTK, driven over WebDriver (classic: Debian's WebKitWebDriver has no BiDi) with
 * WebdriverIO, in MiniBrowser on a virtual X display of its own. MiniBrowser runs full-screen,
 * which hides its toolbar, so the window's size is the page's viewport, down to a phone's width.
 */
export const webkit: Engine = {
  name: "webkit",
  // WebKitWebDriver's wheel action reaches the page as a turn followed at once by the same turn
  // back (deltaY 540, then -540), so nothing scrolls: a wheel cannot be tried here.
  turnsWheel: false,
  async version() {
    // MiniBrowser --version needs a display; the package says the same without one.
    const { stdout } = await promisify(execFile)("dpkg-query", [
      "--show",
      "--showformat=${Version}",
      "libwebkit2gtk-4.1-0",
    ]);
    return `WebKitGTK ${stdout.trim()} (${miniBrowser()}, ${DRIVER}), WebDriver`;
  },
  launch: launchWebKit,
};

/** WebKitWebDriver's own capability: which browser to start, and with what. */
interface WebKitGtkCapabilities {
  "webkitgtk:browserOptions": { binary: string; args: string[] };
}

async function launchWebKit({ siteOrigin, size, reducedMotion }: LaunchOptions) {
  const started: { stop: () => Promise<void> }[] = [];
  const quit = async () => {
    for (const each of started.reverse()) await each.stop();
  };
  try {
    const home = await scratchFolder("webkit");
    started.push({ stop: home.remove });
    // GTK's own "animations" setting is what WebKitGTK reports as prefers-reduced-motion, as a
    // reader's desktop accessibility setting would; it is written for each run so that no
    // setting of this machine's user leaks in.
    await mkdir(join(home.path, "config", "gtk-3.0"), { recursive: true });
    await writeFile(
      join(home.path, "config", "gtk-3.0", "settings.ini"),
      `[Settings]\ngtk-enable-animations=${reducedMotion ? "false" : "true"}\n`,
    );
    const display: StartedProcess = await startProcess(
      "Xvfb",
      ["-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
      { ready: /^(\d+)\n/m },
    );
    started.push(display);
    const port = await freePort();
    const driver = await startProcess(DRIVER, [`--port=${port}`], {
      env: {
        ...process.env,
        DISPLAY: `:${display.ready[1] ?? ""}`,
        XDG_CONFIG_HOME: join(home.path, "config"),
        XDG_CACHE_HOME: join(home.path, "cache"),
        XDG_DATA_HOME: join(home.path, "data"),
      },
    });
    started.push(driver);
    await waitForValue("WebKitWebDriver to answer", async () => {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      return status.ok || undefined;
    });
    const probe = await serveWithErrorProbe(siteOrigin);
    started.push({ stop: probe.close });
    const capabilities: WebdriverIO.Capabilities & WebKitGtkCapabilities = {
      browserName: "MiniBrowser",
      "wdio:enforceWebDriverClassic": true,
      "webkitgtk:browserOptions": {
        binary: miniBrowser(),
        args: ["--automation", "--full-screen"],
      },
    };
    const browser = await remote({
      hostname: "127.0.0.1",
      port,
      logLevel: "error",
      connectionRetryCount: 0,
      capabilities,
    });
    started.push({ stop: () => browser.deleteSession().catch(() => undefined) });
    return await webkitPage(browser, probe.origin, size, quit);
  } catch (error) {
    await quit();
    throw error;
  }
}
