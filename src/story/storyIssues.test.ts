import { describe, expect, it } from "vitest";
import { describeIssuePath, formatStoryIssues } from "./storyIssues";

describe("describeIssuePath", () => {
  it.each<[PropertyKey[], string]>([
    [["slides", 2, "image", "alt"], "slide 3, field image.alt"],
    [["slides", 0], "slide 1"],
    [["headline"], "field headline"],
    [["slides"], "field slides"],
    [[], "the story"],
  ])("names %j as %s", (path, expected) => {
    expect(describeIssuePath(path)).toBe(expected);
  });
});

describe("formatStoryIssues", () => {
  it("writes one line per problem, each naming the file", () => {
    const text = formatStoryIssues("src/stories/x/story.json", [
      { path: ["slides", 1, "caption"], message: "is missing" },
      { path: ["published"], message: "must be a date-time" },
    ]);
    expect(text.split("\n")).toEqual([
      "src/stories/x/story.json: slide 2, field caption: is missing",
      "src/stories/x/story.json: field published: must be a date-time",
    ]);
  });
});
