import { describe, expect, it } from "vitest";
import { embedCode } from "./embedCode";

describe("embedCode", () => {
  const code = embedCode({
    src: "https://stories.example.org/embed/hanoi-summit/3",
    title: 'The "press" (3/7) · Summit',
  });

  it("frames the slide lazily, full-screen capable, under a name", () => {
    const frame = new DOMParser().parseFromString(code, "text/html").querySelector("iframe");
    expect(frame?.getAttribute("src")).toBe("https://stories.example.org/embed/hanoi-summit/3");
    expect(frame?.getAttribute("title")).toBe('The "press" (3/7) · Summit');
    expect(frame?.getAttribute("loading")).toBe("lazy");
    expect(frame?.getAttribute("allow")).toBe("fullscreen");
  });

  it("keeps the frame's proportions at any column width", () => {
    const box = new DOMParser().parseFromString(code, "text/html").querySelector("div");
    expect(box?.getAttribute("style")).toContain("width:100%");
    expect(box?.getAttribute("style")).toContain("aspect-ratio:640/800");
    expect(box?.querySelector("iframe")?.getAttribute("style")).toContain("height:100%");
  });

  it("escapes what it quotes", () => {
    expect(code).toContain("&quot;press&quot;");
    expect(embedCode({ src: 'x"><script>', title: "t" })).not.toContain("<script>");
  });
});
