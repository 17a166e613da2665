import { describe, expect, it } from "vitest";
import { feedAddresses } from "./feedAddresses";
import { feedLinks } from "./feedLinks";

/** The links as a browser reads them from a page's head. */
function parsedLinks(html: string) {
  const head = new DOMParser().parseFromString(`<head>${html}</head>`, "text/html").head;
  return [...head.querySelectorAll("link")].map((link) => ({
    rel: link.getAttribute("rel"),
    type: link.getAttribute("type"),
    title: link.getAttribute("title"),
    href: link.getAttribute("href"),
  }));
}

describe("feedLinks", () => {
  it.each([
    [{ origin: "https://news.example.org", base: "/" }, "https://news.example.org/"],
    [
      { origin: "https://news.example.org", base: "/stories/" },
      "https://news.example.org/stories/",
    ],
  ])("links both feeds of %j, at %s", (site, folder) => {
    expect(parsedLinks(feedLinks(feedAddresses(site), "Photo stories"))).toEqual([
      {
        rel: "alternate",
        type: "application/atom+xml",
        title: "Photo stories",
        href: `${folder}feed.xml`,
      },
      {
        rel: "alternate",
        type: "application/feed+json",
        title: "Photo stories",
        href: `${folder}feed.json`,
      },
    ]);
  });

  it("keeps a title with quotes and markup as written", () => {
    const title = `"Tin" & 'ảnh' <b>`;
    const site = { origin: "https://news.example.org", base: "/" };
    expect(parsedLinks(feedLinks(feedAddresses(site), title)).map((link) => link.title)).toEqual([
      title,
      title,
    ]);
  });
});
