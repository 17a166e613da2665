import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BATCH_SIZE } from "./beaconQueue";
import type { ReadingEvent } from "./readingEvent";
import { sendReadingBeacons } from "./sendReadingBeacons";

const ENDPOINT = "https://figures.example.org/collect";

const seen = (slide: number): ReadingEvent => ({
  v: 1,
  story: "s",
  slides: 40,
  lang: "en",
  embed: false,
  type: "seen",
  slide,
});

/** The beacons sent: their address, type and the slides of their events. */
let beacons: { url: string; type: string; body: Promise<string> }[];
let accept: boolean;
let stop: AbortController;

beforeEach(() => {
  beacons = [];
  accept = true;
  stop = new AbortController();
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
  Object.defineProperty(navigator, "sendBeacon", {
    configurable: true,
    value: (url: string, body: Blob) => {
      if (accept) beacons.push({ url, type: body.type, body: body.text() });
      return accept;
    },
  });
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "sendBeacon");
});

async function slidesSent(): Promise<number[][]> {
  const bodies = await Promise.all(beacons.map((beacon) => beacon.body));
  return bodies.map((body) =>
    body
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as ReadingEvent).slide),
  );
}

describe("sendReadingBeacons", () => {
  it("sends a full batch at once, as text to the endpoint", async () => {
    const send = sendReadingBeacons(ENDPOINT, stop.signal);
    for (let slide = 1; slide <= BATCH_SIZE + 1; slide += 1) send(seen(slide));
    expect(beacons.map(({ url, type }) => [url, type])).toEqual([[ENDPOINT, "text/plain"]]);
    expect(await slidesSent()).toEqual([Array.from({ length: BATCH_SIZE }, (_, i) => i + 1)]);
  });

  it("sends what is left when the page is left", async () => {
    const send = sendReadingBeacons(ENDPOINT, stop.signal);
    send(seen(1));
    send(seen(2));
    expect(beacons).toEqual([]);
    window.dispatchEvent(new Event("pagehide"));
    window.dispatchEvent(new Event("pagehide"));
    expect(await slidesSent()).toEqual([[1, 2]]);
  });

  it("waits for the connection while offline", async () => {
    const send = sendReadingBeacons(ENDPOINT, stop.signal);
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    send(seen(1));
    window.dispatchEvent(new Event("pagehide"));
    expect(beacons).toEqual([]);
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
    window.dispatchEvent(new Event("online"));
    expect(await slidesSent()).toEqual([[1]]);
  });

  it("keeps a batch the browser refuses, for the next try", async () => {
    const send = sendReadingBeacons(ENDPOINT, stop.signal);
    accept = false;
    send(seen(1));
    window.dispatchEvent(new Event("pagehide"));
    accept = true;
    send(seen(2));
    window.dispatchEvent(new Event("pagehide"));
    expect(await slidesSent()).toEqual([[1, 2]]);
  });
});
