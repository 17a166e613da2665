import { describe, expect, it } from "vitest";
import { portraitCrop } from "./portraitCrop";

describe("portraitCrop", () => {
  it("centres a 9:16 box on the focal point", () => {
    expect(portraitCrop(2400, 1600, { x: 0.5, y: 0.4 })).toEqual({
      box: { left: 750, top: 0, width: 900, height: 1600 },
      focus: { x: 0.5, y: 0.4 },
    });
  });

  it.each([
    [0.05, 0, 0.133],
    [0.95, 1500, 0.867],
  ])("keeps the box inside the picture for a focus at x=%d", (x, left, insideX) => {
    const crop = portraitCrop(2400, 1600, { x, y: 0.5 });
    expect(crop?.box.left).toBe(left);
    expect(crop?.focus.x).toBe(insideX);
  });

  it("leaves pictures already narrower than 9:16 alone", () => {
    expect(portraitCrop(1000, 2000, { x: 0.5, y: 0.5 })).toBeUndefined();
  });
});
