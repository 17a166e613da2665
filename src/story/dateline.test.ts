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

  it.each([
    ["en", "2019-02-27T07:56:00-08:00", "PT", "February 27, 2019, 07:56 am PT"],
    ["en-GB", "2019-02-27T07:56:00-08:00", "PT", "February 27, 2019, 07:56 am PT"],
    ["vi", "2019-02-27T07:56:00-08:00", "PT", "lúc 07:56 PT 27 tháng 2, 2019"],
    ["vi-VN", "2020-12-01T23:59:00Z", "UTC", "lúc 23:59 UTC 1 tháng 12, 2020"],
    ["ko", "2019-02-27T07:56:00-08:00", "PT", "2019년 2월 27일 AM 07:56 PT"],
    ["ko", "2019-06-12T12:00:00+08:00", "SGT", "2019년 6월 12일 PM 12:00 SGT"],
    ["ar", "2019-02-27T07:56:00-08:00", "PT", "27 فبراير 2019 في 07:56 ص PT"],
    ["ar", "2020-12-01T23:59:00Z", "UTC", "1 ديسمبر 2020 في 11:59 م UTC"],
  ])("writes the dateline in %s: %s", (lang, iso, zone, expected) => {
    expect(formatDateline(iso, zone, lang)).toBe(expected);
  });

  it("keeps the day and hour the report was filed on, whatever the offset", () => {
    // 23:59 at UTC+14 is the previous day in UTC; the dateline still names the 1st.
    expect(formatDateline("2020-01-01T23:59:00+14:00", "LINT", "vi")).toBe(
      "lúc 23:59 LINT 1 tháng 1, 2020",
    );
  });

  it("refuses text that is not a date-time", () => {
    expect(() => formatDateline("yesterday", "PT")).toThrow(/not an ISO date-time/);
  });
});
