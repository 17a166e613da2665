import { describe, expect, it } from "vitest";
import { parseSrcset } from "./parseSrcset";

describe("parseSrcset", () => {
  it.each([
    [
      "/a-960.webp 960w, /a-480.webp 480w",
      [
        { src: "/a-480.webp", width: 480 },
        { src: "/a-960.webp", width: 960 },
      ],
    ],
    ["/only.jpg 2400w", [{ src: "/only.jpg", width: 2400 }]],
    ["/a.jpg 1x, /b.jpg 2x", []],
    ["", []],
  ])("reads %j", (srcset, expected) => {
    expect(parseSrcset(srcset)).toEqual(expected);
  });
});
