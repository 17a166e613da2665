import { describe, expect, it } from "vitest";
import { readersAllowFigures, type PrivacySignals } from "./readersAllowFigures";

describe("readersAllowFigures", () => {
  it.each<[string, PrivacySignals, boolean]>([
    ["a browser that says nothing", {}, true],
    ["Global Privacy Control off", { globalPrivacyControl: false }, true],
    ["Global Privacy Control on", { globalPrivacyControl: true }, false],
    ["Do Not Track on", { doNotTrack: "1" }, false],
    ["Do Not Track off", { doNotTrack: "0" }, true],
    ["Do Not Track unset", { doNotTrack: null }, true],
    ["both on", { globalPrivacyControl: true, doNotTrack: "1" }, false],
  ])("%s: %s", (_, signals, allowed) => {
    expect(readersAllowFigures(signals)).toBe(allowed);
  });
});
