import { describe, expect, it } from "vitest";
import { canonicalPathname } from "./canonicalPathname";

describe("canonicalPathname", () => {
  it.each([
    ["/", "/"],
    ["//", "/"],
    ["/index.html", "/"],
    ["/hanoi-summit", "/hanoi-summit"],
    ["/hanoi-summit/", "/hanoi-summit"],
    ["/hanoi-summit///", "/hanoi-summit"],
    ["//hanoi-summit//4", "/hanoi-summit/4"],
    ["/hanoi-summit/4/index.html", "/hanoi-summit/4"],
    ["/hanoi-summit/04", "/hanoi-summit/04"],
  ])("writes %s as %s", (pathname, expected) => {
    expect(canonicalPathname(pathname)).toBe(expected);
  });
});
