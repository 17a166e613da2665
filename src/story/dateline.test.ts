import { describe, expect, it } from "vitest";
import { formatDateline } from "./dateline";

describe("formatDateline", () => {
  it.each([
    ["2019-02-27T07:56:00-08:00", "PT", "February 27, 2019, 07:56 am PT"],
    ["2019-02-27T00:05:00-08:00", "PT", "February 27, 2019, 12:05 am PT"],
    ["2019-06-12T12:00:00+08:00", "SGT", "June 12, 2019, 12:00 pm SGT"],
    ["2020-12-01T23:59:00Z", "UTC", "December 1, 2020, 11:59 pm UTC"],
  ])("writes %s as the wall-clock time it names", (iso, zone, expected) => {
    expect(formatDateline(iso, zone)).toBe(expected);
  });

  it("refuses text that is not a date-time", () => {
    expect(() => formatDateline("yesterday", "PT")).toThrow(/not an ISO date-time/);
  });
});
