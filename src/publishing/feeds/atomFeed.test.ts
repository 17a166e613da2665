import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { AWKWARD_TEXT, feedStory } from "../../../tests/feedFixture";
import { atomFeed } from "./atomFeed";
import { feedAddresses } from "./feedAddresses";
import { feedItems, type FeedStory } from "./feedItems";

const ATOM = "http://www.w3.org/2005/Atom";
const MEDIA = "http://search.yahoo.com/mrss/";
const XML = "http://www.w3.org/XML/1998/namespace";
const SITE = { origin: "https://news.example.org", base: "/stories/" };
const CHANNEL = {
  title: "Photo stories",
  description: "News told in photos.",
  lang: "en",
  addresses: feedAddresses(SITE),
};

/** The feed for these stories, as an XML parser reads it; fails on XML that is not well-formed. */
function parsedFeed(stories: readonly FeedStory[], channel = CHANNEL): Document {
  const document = new DOMParser().parseFromString(
    atomFeed(channel, feedItems(SITE, stories)),
    "application/xml",
  );
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return document;
}

const child = (parent: Element | Document, name: string, namespace = ATOM) =>
  parent.getElementsByTagNameNS(namespace, name)[0];

const entries = (document: Document) => [...document.getElementsByTagNameNS(ATOM, "entry")];

describe("atomFeed", () => {
  it("names the feed, its own address and the story list's, in the site's language", () => {
    const feed = parsedFeed([feedStory("a-story")]);
    const root = feed.documentElement;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.getAttributeNS(XML, "lang")).toBe("en");
    expect(child(root, "title")?.textContent).toBe("Photo stories");
    expect(child(root, "subtitle")?.textContent).toBe("News told in photos.");
    expect(child(root, "id")?.textContent).toBe("https://news.example.org/stories/");
    const links = [...root.children].filter((element) => element.localName === "link");
    expect(links.map((link) => [link.getAttribute("rel"), link.getAttribute("href")])).toEqual([
      ["self", "https://news.example.org/stories/feed.xml"],
      ["alternate", "https://news.example.org/stories/"],
    ]);
    expect(child(child(root, "author") as Element, "name")?.textContent).toBe("Photo stories");
  });

  it("lists the stories in the order given, each with its address, dates and language", () => {
    const feed = parsedFeed([
      feedStory("older", { published: "2019-02-27T07:56:00-08:00", lang: "en" }),
      feedStory("newer", { published: "2024-03-15T09:30:00+03:00", lang: "ar" }),
    ]);
    expect(
      entries(feed).map((entry) => ({
        id: child(entry, "id")?.textContent,
        lang: entry.getAttributeNS(XML, "lang"),
        link: child(entry, "link")?.getAttribute("href"),
        published: child(entry, "published")?.textContent,
        updated: child(entry, "updated")?.textContent,
      })),
    ).toEqual([
      {
        id: "https://news.example.org/stories/newer",
        lang: "ar",
        link: "https://news.example.org/stories/newer",
        published: "2024-03-15T09:30:00+03:00",
        updated: "2024-03-15T09:30:00+03:00",
      },
      {
        id: "https://news.example.org/stories/older",
        lang: "en",
        link: "https://news.example.org/stories/older",
        published: "2019-02-27T07:56:00-08:00",
        updated: "2019-02-27T07:56:00-08:00",
      },
    ]);
    expect(child(feed.documentElement, "updated")?.textContent).toBe("2024-03-15T09:30:00+03:00");
  });

  it("offers the cover as an enclosure and as Media RSS content, with its size, alt text and credit", () => {
    const [entry] = entries(parsedFeed([feedStory("a-story")]));
    if (!entry) throw new Error("no entry");
    const enclosure = [...entry.getElementsByTagNameNS(ATOM, "link")].find(
      (link) => link.getAttribute("rel") === "enclosure",
    );
    expect(enclosure?.getAttribute("href")).toBe("https://news.example.org/assets/photo-1-960.jpg");
    expect(enclosure?.getAttribute("type")).toBe("image/jpeg");
    const media = child(entry, "content", MEDIA);
    expect(media?.getAttribute("url")).toBe("https://news.example.org/assets/photo-1-960.jpg");
    expect(media?.getAttribute("type")).toBe("image/jpeg");
    expect(media?.getAttribute("medium")).toBe("image");
    expect([media?.getAttribute("width"), media?.getAttribute("height")]).toEqual(["960", "640"]);
    expect(child(entry, "description", MEDIA)?.textContent).toBe("Picture 1");
    expect(child(entry, "credit", MEDIA)?.textContent).toBe("Photos by the test");
    expect(child(entry, "rights")?.textContent).toBe("Photos by the test");
  });

  it("leaves out the image and rights of a story without a cover or credit", () => {
    const { cover, credit, ...bare } = feedStory("a-story");
    void cover;
    void credit;
    const [entry] = entries(parsedFeed([bare]));
    expect(entry?.getElementsByTagNameNS(MEDIA, "content")).toHaveLength(0);
    expect(entry?.getElementsByTagNameNS(ATOM, "link")).toHaveLength(1);
    expect(entry?.getElementsByTagNameNS(ATOM, "rights")).toHaveLength(0);
  });

  it("is well-formed, with no date of its own, when there is no story", () => {
    const feed = parsedFeed([]);
    expect(entries(feed)).toHaveLength(0);
    expect(child(feed.documentElement, "updated")?.textContent).toBe("1970-01-01T00:00:00Z");
  });

  it.each(AWKWARD_TEXT)("carries text with %s exactly, in elements and attributes", (_, text) => {
    const story = feedStory("a-story", { headline: text, standfirst: text, credit: text });
    if (!story.cover) throw new Error("the test story has no cover");
    const feed = parsedFeed([{ ...story, cover: { ...story.cover, alt: text } }], {
      ...CHANNEL,
      title: text,
      description: text,
    });
    const [entry] = entries(feed);
    if (!entry) throw new Error("no entry");
    expect(child(feed.documentElement, "title")?.textContent).toBe(text);
    expect(child(feed.documentElement, "subtitle")?.textContent).toBe(text);
    expect(child(entry, "title")?.textContent).toBe(text);
    expect(child(entry, "summary")?.textContent).toBe(text);
    expect(child(entry, "rights")?.textContent).toBe(text);
    expect(child(entry, "description", MEDIA)?.textContent).toBe(text);
    expect(child(entry, "credit", MEDIA)?.textContent).toBe(text);
  });

  it.each(AWKWARD_TEXT)("is read by a feed reader's parser with %s exactly", (_, text) => {
    const items = feedItems(SITE, [feedStory("a-story", { headline: text, standfirst: text })]);
    const feed = parseAtomFeed(atomFeed({ ...CHANNEL, title: text }, items));
    const [entry] = feed.entries ?? [];
    expect([feed.title?.value, entry?.title?.value, entry?.summary?.value]).toEqual([
      text,
      text,
      text,
    ]);
  });
});
