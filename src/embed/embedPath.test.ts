import { describe, expect, it } from "vitest";
import { embedPath, isEmbedPath, outsideEmbed } from "./embedPath";

describe("embedPath", () => {
  it.each([
    ["hanoi-summit", 1, "/embed/hanoi-summit/1"],
    ["hanoi-summit", 3, "/embed/hanoi-summit/3"],
  ])("writes %s slide %i as %s", (slug, number, path) => {
    expect(embedPath(slug, number)).toBe(path);
  });
});

describe("isEmbedPath", () => {
  it.each([
    ["/embed", true],
    ["/embed/hanoi-summit/3", true],
    ["/embedded/3", false],
    ["/hanoi-summit/embed", false],
    ["/", false],
  ])("%s: %s", (pathname, embed) => {
    expect(isEmbedPath(pathname)).toBe(embed);
  });
});

describe("outsideEmbed", () => {
  it.each([
    ["/embed/hanoi-summit/3", "/hanoi-summit/3"],
    ["/embed", "/"],
    ["/hanoi-summit/3", "/hanoi-summit/3"],
  ])("reads %s as %s", (pathname, outside) => {
    expect(outsideEmbed(pathname)).toBe(outside);
  });
});
