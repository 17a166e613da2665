import { describe, expect, it } from "vitest";
import { AWKWARD_TEXT, feedStory } from "../../../tests/feedFixture";
import { feedAddresses } from "./feedAddresses";
import { feedItems } from "./feedItems";
import { jsonFeed } from "./jsonFeed";

const SITE = { origin: "https://news.example.org", base: "/stories/" };
const CHANNEL = {
  title: "Photo stories",
  description: "News told in photos.",
  lang: "en",
  addresses: feedAddresses(SITE),
};

describe("jsonFeed", () => {
  it("is a JSON Feed 1.1 naming the site, its own address and the story list's", () => {
    const feed = jsonFeed(CHANNEL, []);
    expect(feed).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Photo stories",
      description: "News told in photos.",
      home_page_url: "https://news.example.org/stories/",
      feed_url: "https://news.example.org/stories/feed.json",
      language: "en",
      authors: [{ name: "Photo stories" }],
      items: [],
    });
  });

  it("lists each story in the order given, with its address, image, date and language", () => {
    const items = feedItems(SITE, [
      feedStory("older", { published: "2019-02-27T07:56:00-08:00" }),
      feedStory("newer", { published: "2024-03-15T09:30:00+03:00", lang: "ar" }),
    ]);
    expect(jsonFeed(CHANNEL, items).items).toEqual([
      {
        id: "https://news.example.org/stories/newer",
        url: "https://news.example.org/stories/newer",
        title: "Headline of newer",
        summary: "What the story is about.",
        content_text: "What the story is about.",
        image: "https://news.example.org/assets/photo-1-960.jpg",
        date_published: "2024-03-15T09:30:00+03:00",
        language: "ar",
      },
      {
        id: "https://news.example.org/stories/older",
        url: "https://news.example.org/stories/older",
        title: "Headline of older",
        summary: "What the story is about.",
        content_text: "What the story is about.",
        image: "https://news.example.org/assets/photo-1-960.jpg",
        date_published: "2019-02-27T07:56:00-08:00",
        language: "en",
      },
    ]);
  });

  it("leaves out the image of a story without a cover", () => {
    const { cover, ...bare } = feedStory("a-story");
    void cover;
    const [item] = jsonFeed(CHANNEL, feedItems(SITE, [bare])).items;
    expect(item).not.toHaveProperty("image");
  });

  it.each(AWKWARD_TEXT)("carries text with %s exactly through JSON", (_, text) => {
    const items = feedItems(SITE, [feedStory("a-story", { headline: text, standfirst: text })]);
    const [item] = (
      JSON.parse(JSON.stringify(jsonFeed({ ...CHANNEL, title: text }, items))) as ReturnType<
        typeof jsonFeed
      >
    ).items;
    expect([item?.title, item?.summary, item?.content_text]).toEqual([text, text, text]);
  });
});
