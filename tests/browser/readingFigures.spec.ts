import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { formatTally, parseReadingEvents, tallyReadings } from "../../build/readingTally";
import {
  READING_EVENT_PREFIX,
  READING_EVENT_TYPES,
  type ReadingEvent,
} from "../../src/reading/readingEvent";
import { expect, test } from "./pageErrors";
import { SERVED_ORIGIN } from "./reader";
import {
  startBeaconServer,
  startReadingSite,
  type BeaconServer,
  type ReadingSite,
} from "./readingSite";

// Reading figures: the page hears every reading event; a build with READING_ENDPOINT sends the
// same events to it in beacons, unless the reader asks not to be tracked; a build without one
// sends nothing anywhere.

/** The only fields an event may carry: nothing that tells one reader from another. */
const FIELDS = ["v", "story", "slides", "lang", "embed", "type", "slide", "previous", "outcome"];

/** From the page's first script on, keeps every reading event's detail in window.__reading. */
async function hearReadingEvents(page: Page): Promise<void> {
  await page.addInitScript(
    (names) => {
      const heard: unknown[] = [];
      (window as unknown as { __reading: unknown[] }).__reading = heard;
      for (const name of names)
        document.addEventListener(name, (event) => heard.push((event as CustomEvent).detail));
    },
    READING_EVENT_TYPES.map((type) => `${READING_EVENT_PREFIX}${type}`),
  );
}

function heard(page: Page): Promise<ReadingEvent[]> {
  return page.evaluate(() => (window as unknown as { __reading: ReadingEvent[] }).__reading);
}

/** Waits until the page has heard `type` on `slide`. */
async function waitToHear(page: Page, type: ReadingEvent["type"], slide: number): Promise<void> {
  await page.waitForFunction(
    ([type, slide]) =>
      (window as unknown as { __reading: ReadingEvent[] }).__reading.some(
        (event) => event.type === type && event.slide === slide,
      ),
    [type, slide] as const,
  );
}

/** Opens `address` and waits for the app to take over and the entry slide to be seen. */
async function open(page: Page, address: string, entry: number): Promise<void> {
  await page.goto(address);
  await expect(page.locator("[data-hydrated]")).toHaveAttribute("data-hydrated", "true");
  await waitToHear(page, "seen", entry);
}

/** Moves with `key` and waits for the slide it reaches to be seen. */
async function moveTo(page: Page, key: string, slide: number): Promise<void> {
  await page.keyboard.press(key);
  await waitToHear(page, "seen", slide);
}

/** Opens the current slide's photo large and closes it again. */
async function enlargeAndClose(page: Page, slide: number): Promise<void> {
  await page.getByRole("button", { name: "Enlarge photo" }).click();
  await waitToHear(page, "enlarged", slide);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

/** Leaves the page, as a reader closing the tab would: it is hidden, then gone. */
async function leave(page: Page): Promise<void> {
  await page.goto("about:blank");
}

/** The connect-src of the policy in a built page. */
async function connectSrc(file: string): Promise<string | undefined> {
  return /connect-src ([^;"]+)/.exec(await readFile(file, "utf8"))?.[1];
}

test.describe("reading figures sent to an endpoint @build", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let beacons: BeaconServer | undefined;
  let site: ReadingSite | undefined;

  test.beforeAll(async () => {
    test.setTimeout(420_000);
    beacons = await startBeaconServer();
    site = await startReadingSite("dist-reading", beacons.endpoint);
  });

  test.afterAll(async () => {
    await site?.stop();
    await beacons?.stop();
  });

  function started(): { beacons: BeaconServer; site: ReadingSite } {
    if (!beacons || !site) throw new Error("the reading site did not start");
    return { beacons, site };
  }

  test("the policy lets the pages reach the endpoint's origin, and no other", async () => {
    const { site, beacons } = started();
    const endpointOrigin = new URL(beacons.endpoint).origin;
    expect(await connectSrc(path.join(site.dist, "hanoi-summit", "index.html"))).toBe(
      `'self' ${endpointOrigin}`,
    );
    expect(await connectSrc(path.join(site.dist, "_headers"))).toBe(`'self' ${endpointOrigin}`);
    expect(await connectSrc(path.join(site.dist, "security-headers.conf"))).toBe(
      `'self' ${endpointOrigin}`,
    );
  });

  for (const [signal, script] of [
    [
      "Global Privacy Control",
      () => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }),
    ],
    [
      "Do Not Track",
      () => Object.defineProperty(Navigator.prototype, "doNotTrack", { get: () => "1" }),
    ],
  ] as const) {
    test(`with ${signal} on, nothing is sent, and the page still hears the reading`, async ({
      page,
    }) => {
      const { site, beacons } = started();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.addInitScript(script);
      await hearReadingEvents(page);
      await open(page, `${site.origin}/hanoi-summit/2`, 2);
      await moveTo(page, "ArrowDown", 3);
      await leave(page);
      // The sending code is loaded only to send: never loaded, it sent nothing.
      expect(requests.filter((url) => /sendReadingBeacons/.test(url))).toEqual([]);
      expect(requests.filter((url) => url.startsWith(new URL(beacons.endpoint).origin))).toEqual(
        [],
      );
      expect(beacons.beacons).toEqual([]);
    });
  }

  test("the endpoint receives the events of a scripted reading, and the report tallies them", async ({
    page,
    context,
  }) => {
    const { site, beacons } = started();
    // A reader who reads on from the cover, enlarges a photo, jumps to the end and shares it.
    await hearReadingEvents(page);
    await open(page, `${site.origin}/hanoi-summit`, 1);
    await moveTo(page, "ArrowDown", 2);
    await moveTo(page, "ArrowDown", 3);
    await enlargeAndClose(page, 3);
    // End leads to the ending, past the last slide, which is seen and finishes the story only
    // once the reader comes back up to it.
    await page.keyboard.press("End");
    await expect(page).toHaveURL(/\/hanoi-summit\/end$/);
    await moveTo(page, "ArrowUp", 7);
    await waitToHear(page, "finished", 7);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await waitToHear(page, "shared", 7);
    const first = await heard(page);
    await leave(page);

    // A reader who arrives on a shared slide, reads one more, and leaves.
    const second = await context.newPage();
    await hearReadingEvents(second);
    await open(second, `${site.origin}/hanoi-summit/4`, 4);
    await moveTo(second, "ArrowDown", 5);
    const secondHeard = await heard(second);
    await leave(second);

    const sent = [...first, ...secondHeard];
    const lines = () => beacons.beacons.map((beacon) => beacon.body).join("");
    await expect.poll(() => parseReadingEvents(lines()).events.length).toBe(sent.length);
    const { events, skipped } = parseReadingEvents(lines());
    expect(skipped).toBe(0);
    // Exactly what the page heard, and nothing that names a reader.
    const byLine = (list: ReadingEvent[]) => list.map((event) => JSON.stringify(event)).sort();
    expect(byLine(events)).toEqual(byLine(sent));
    for (const event of events) expect(FIELDS).toEqual(expect.arrayContaining(Object.keys(event)));
    for (const { headers } of beacons.beacons) {
      expect(headers["content-type"]).toMatch(/^text\/plain/);
      expect(headers.cookie).toBeUndefined();
      // The page's origin at most: never the address of the slide being read.
      expect(`${headers.referer ?? ""}${headers.origin ?? ""}`).not.toContain("hanoi-summit");
    }

    const [tally, ...others] = tallyReadings(events);
    expect(others).toEqual([]);
    expect(tally && formatTally(tally)).toBe(
      [
        "hanoi-summit (7 slides): 2 readings opened (0 in embeds), 1 finished, 0 left before resting on a slide",
        "shared 1 time, 1 photo enlarged, 0 readings offline",
        "slide  reached  rested  dropped off",
        "    1        2       1            0",
        "    2        2       1            0",
        "    3        2       1            0",
        "    4        2       1            0",
        "    5        2       1            1",
        "    6        1       0            0",
        "    7        1       1            1",
      ].join("\n"),
    );
  });
});

test("a site built without an endpoint sends no request elsewhere, and still tells the page", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await hearReadingEvents(page);
  await open(page, "/hanoi-summit", 1);
  await moveTo(page, "ArrowDown", 2);
  await enlargeAndClose(page, 2);
  const events = await heard(page);
  await leave(page);
  expect(events.map(({ type, slide }) => `${type} ${slide}`)).toEqual([
    "opened 1",
    "seen 1",
    "furthest 1",
    "seen 2",
    "furthest 2",
    "enlarged 2",
  ]);
  const elsewhere = requests.filter(
    (url) => /^https?:/.test(url) && new URL(url).origin !== SERVED_ORIGIN,
  );
  expect(elsewhere).toEqual([]);
  expect(requests.filter((url) => /sendReadingBeacons/.test(url))).toEqual([]);
  expect(await connectSrc("dist/hanoi-summit/index.html")).toBe("'self'");
});
