import { describe, expect, it } from "vitest";
import { feedItems } from "./feedItems";
import { feedStory } from "../../../tests/feedFixture";

const SITE = { origin: "https://news.example.org", base: "/" };

describe("feedItems", () => {
  it.each([
    {
      what: "newest first",
      stories: [
        ["older", "2019-02-27T07:56:00-08:00"],
        ["newer", "2019-03-01T07:56:00-08:00"],
      ],
      order: ["newer", "older"],
    },
    {
      what: "by the moment, not the wall-clock time: 22:00 in Hanoi is before 07:56 in California",
      stories: [
        ["hanoi", "2019-02-27T22:00:00+07:00"],
        ["california", "2019-02-27T07:56:00-08:00"],
      ],
      order: ["california", "hanoi"],
    },
    {
      what: "the same moment, whatever the offset, by slug",
      stories: [
        ["b-story", "2019-02-27T15:56:00Z"],
        ["c-story", "2019-02-27T07:56:00-08:00"],
        ["a-story", "2019-02-27T22:56:00+07:00"],
      ],
      order: ["a-story", "b-story", "c-story"],
    },
    { what: "no story", stories: [], order: [] },
  ])("lists stories $what", ({ stories, order }) => {
    const items = feedItems(
      SITE,
      stories.map(([slug = "", published = ""]) => feedStory(slug, { published })),
    );
    expect(items.map((item) => new URL(item.url).pathname.slice(1))).toEqual(order);
  });

  it.each([
    [{ origin: "https://news.example.org", base: "/" }, "https://news.example.org/a-story"],
    [
      { origin: "https://news.example.org", base: "/stories/" },
      "https://news.example.org/stories/a-story",
    ],
    [{ origin: "http://localhost:4173", base: "/x/y/" }, "http://localhost:4173/x/y/a-story"],
  ])("gives %j's story the address %s", (site, url) => {
    expect(feedItems(site, [feedStory("a-story")])[0]?.url).toBe(url);
  });

  it("keeps the story's text, date and language as written", () => {
    const [item] = feedItems(SITE, [
      feedStory("a-story", {
        headline: "Prices rose to $&100 — “x” & <y>",
        standfirst: "يوم في حديقة 👍🏽",
        published: "2024-03-15T09:30:00+03:00",
        lang: "ar",
        credit: "Ngô & Kim",
      }),
    ]);
    expect(item).toMatchObject({
      title: "Prices rose to $&100 — “x” & <y>",
      summary: "يوم في حديقة 👍🏽",
      published: "2024-03-15T09:30:00+03:00",
      lang: "ar",
      credit: "Ngô & Kim",
    });
  });

  it("offers the cover as its share-size JPEG at an absolute address, with its alt text", () => {
    const [item] = feedItems(SITE, [feedStory("a-story")]);
    expect(item?.image).toEqual({
      url: "https://news.example.org/assets/photo-1-960.jpg",
      type: "image/jpeg",
      width: 960,
      height: 640,
      alt: "Picture 1",
      credit: "Photos by the test",
    });
  });

  it.each([
    ["the photo's own credit", { credit: "Reuters / Jorge Silva" }, "Reuters / Jorge Silva"],
    ["else its creator", { creator: "Jorge Silva" }, "Jorge Silva"],
    ["else the story's credit", {}, "Photos by the test"],
  ])("credits the cover with %s", (_, rights, credit) => {
    const story = feedStory("a-story");
    if (!story.cover) throw new Error("the test story has no cover");
    const [item] = feedItems(SITE, [{ ...story, cover: { ...story.cover, ...rights } }]);
    expect(item?.image?.credit).toBe(credit);
  });

  it("leaves out the image and credits a story has not got", () => {
    const { cover, credit, ...bare } = feedStory("a-story");
    void cover;
    void credit;
    const [item] = feedItems(SITE, [bare]);
    expect(item).not.toHaveProperty("image");
    expect(item).not.toHaveProperty("credit");
  });
});
