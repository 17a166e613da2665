import { describe, expect, it, vi } from "vitest";
import { MESSAGES } from "../../tests/messagesFixture";
import type { Language } from "./languages";
import { MessageCatalogue } from "./MessageCatalogue";

describe("MessageCatalogue", () => {
  it("holds what it was given, and fetches nothing for it", async () => {
    const loader = vi.fn();
    const catalogue = new MessageCatalogue({ vi: MESSAGES.vi }, loader);
    expect(catalogue.get("vi")).toBe(MESSAGES.vi);
    expect(await catalogue.load("vi")).toBe(MESSAGES.vi);
    expect(catalogue.get("ko")).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();
  });

  it("fetches a language once, however often it is asked for", async () => {
    const loader = vi.fn((language: Language) => Promise.resolve(MESSAGES[language]));
    const catalogue = new MessageCatalogue({}, loader);
    const [first, second] = await Promise.all([catalogue.load("ar"), catalogue.load("ar")]);
    expect(first).toBe(MESSAGES.ar);
    expect(second).toBe(MESSAGES.ar);
    expect(catalogue.get("ar")).toBe(MESSAGES.ar);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("fetches again after a failure", async () => {
    const loader = vi
      .fn<(language: Language) => Promise<(typeof MESSAGES)["ko"]>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce(MESSAGES.ko);
    const catalogue = new MessageCatalogue({}, loader);
    await expect(catalogue.load("ko")).rejects.toThrow("offline");
    expect(await catalogue.load("ko")).toBe(MESSAGES.ko);
  });

  it("renders in the language already spoken when another cannot be had", async () => {
    const catalogue = new MessageCatalogue({ en: MESSAGES.en }, () =>
      Promise.reject(new Error("offline")),
    );
    const ready = catalogue.whenReady("vi");
    expect(catalogue.whenReady("vi")).toBe(ready);
    expect(await ready).toBe(MESSAGES.en);
  });
});
