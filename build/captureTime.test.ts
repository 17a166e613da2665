import { describe, expect, it } from "vitest";
import { isoWithOffset, offsetLabel, parseCaptureTime } from "./captureTime";

describe("parseCaptureTime", () => {
  it.each<
    [
      string,
      string | undefined,
      { iso: string; offset: string | undefined; utc: string } | undefined,
    ]
  >([
    [
      "EXIF with its offset",
      "2019-02-27T18:30:05+07:00",
      { iso: "2019-02-27T18:30:05+07:00", offset: "+07:00", utc: "2019-02-27T11:30:05.000Z" },
    ],
    [
      "XMP to the minute",
      "2019-02-27T18:30+07:00",
      { iso: "2019-02-27T18:30:00+07:00", offset: "+07:00", utc: "2019-02-27T11:30:00.000Z" },
    ],
    [
      "Z",
      "2019-02-27T11:30:05Z",
      { iso: "2019-02-27T11:30:05+00:00", offset: "+00:00", utc: "2019-02-27T11:30:05.000Z" },
    ],
    [
      "a fraction of a second",
      "2019-02-27T18:30:05.25-03:30",
      { iso: "2019-02-27T18:30:05-03:30", offset: "-03:30", utc: "2019-02-27T22:00:05.000Z" },
    ],
    [
      "no offset, taken as UTC",
      "2019-02-27T18:30:05",
      { iso: "2019-02-27T18:30:05+00:00", offset: undefined, utc: "2019-02-27T18:30:05.000Z" },
    ],
    [
      "a date alone",
      "2019-02-28",
      { iso: "2019-02-28T00:00:00+00:00", offset: undefined, utc: "2019-02-28T00:00:00.000Z" },
    ],
    [
      "a year alone",
      "2019",
      { iso: "2019-01-01T00:00:00+00:00", offset: undefined, utc: "2019-01-01T00:00:00.000Z" },
    ],
    ["nothing", undefined, undefined],
    ["not a date", "yesterday", undefined],
    ["month 13", "2019-13-01T00:00:00Z", undefined],
    ["an offset past 14 hours", "2019-02-27T18:30:05+15:00", undefined],
  ])("reads %s", (_, text, expected) => {
    const time = parseCaptureTime(text);
    expect(
      time && { iso: time.iso, offset: time.offset, utc: new Date(time.instant).toISOString() },
    ).toEqual(expected);
  });
});

describe("isoWithOffset", () => {
  it.each<[number, string]>([
    [0, "2019-02-27T15:56:00+00:00"],
    [-480, "2019-02-27T07:56:00-08:00"],
    [330, "2019-02-27T21:26:00+05:30"],
  ])("writes the clock %s minutes east of UTC", (minutes, iso) => {
    expect(isoWithOffset(new Date("2019-02-27T15:56:00Z"), minutes)).toBe(iso);
  });
});

describe("offsetLabel", () => {
  it.each<[string | undefined, string]>([
    [undefined, "UTC"],
    ["+00:00", "UTC"],
    ["+07:00", "UTC+7"],
    ["-08:00", "UTC-8"],
    ["+05:30", "UTC+5:30"],
    ["-09:30", "UTC-9:30"],
    ["+12:45", "+12:45"],
  ])("names %s %s", (offset, label) => {
    expect(offsetLabel(offset)).toBe(label);
  });
});
