import { describe, expect, it, vi } from "vitest";
import { shareSlide } from "./shareSlide";

const TARGET = {
  title: "Flags and flashes",
  text: "The two leaders clasped hands.",
  url: "https://example.org/hanoi-summit/2",
};

describe("shareSlide", () => {
  it("uses the Web Share API with the slide's title, caption and address", async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn();
    expect(await shareSlide(TARGET, { share, writeText })).toBe("shared");
    expect(share).toHaveBeenCalledWith(TARGET);
    expect(writeText).not.toHaveBeenCalled();
  });

  it("does nothing more when the reader dismisses the share sheet", async () => {
    const share = vi.fn().mockRejectedValue(new DOMException("dismissed", "AbortError"));
    const writeText = vi.fn();
    expect(await shareSlide(TARGET, { share, writeText })).toBe("cancelled");
    expect(writeText).not.toHaveBeenCalled();
  });

  it("copies the address when the browser cannot share", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await shareSlide(TARGET, { writeText })).toBe("copied");
    expect(writeText).toHaveBeenCalledWith(TARGET.url);
  });

  it("copies the address when sharing is refused", async () => {
    const share = vi.fn().mockRejectedValue(new DOMException("no", "NotAllowedError"));
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await shareSlide(TARGET, { share, writeText })).toBe("copied");
  });

  it("asks the reader to copy it when the clipboard is refused", async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    expect(await shareSlide(TARGET, { writeText })).toBe("manual");
    expect(await shareSlide(TARGET, {})).toBe("manual");
  });
});
