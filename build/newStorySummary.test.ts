import { describe, expect, it } from "vitest";
import { planNewStory, type PhotoFile } from "./newStoryPlan";
import { newStorySummary } from "./newStorySummary";

const NOW = new Date("2024-05-06T07:08:09Z");

function summary(files: PhotoFile[]) {
  const plan = planNewStory({ folderName: "trip", files, now: NOW, nowOffsetMinutes: 0 });
  return newStorySummary(plan, "src/stories/trip/story.json", "src/stories/trip/");
}

describe("newStorySummary", () => {
  it("says what it wrote, renamed and skipped, and ends with the check to run", () => {
    const text = summary([
      { name: "b c.jpg", metadata: {} },
      { name: "a.jpg", metadata: {} },
      { name: "notes.txt", metadata: {} },
    ]);
    expect(text).toMatch(/^Wrote src\/stories\/trip\/story.json: 2 slides, in the order/);
    expect(text).toContain(
      "Copied 2 photos into src/stories/trip/:\n  a.jpg\n  b c.jpg → b-c.jpg (renamed",
    );
    expect(text).toContain("Skipped, as not a JPEG, PNG, WebP, AVIF or SVG photo: notes.txt");
    expect(text).toMatch(/\n\nThen run: npm run check-stories$/);
  });

  it.each<[string, PhotoFile[], string[]]>([
    [
      "photos that say nothing",
      [{ name: "a.jpg", metadata: {} }],
      [
        "  - write the credit line: no photo says who made it",
        "  - slide 1 (a.jpg): write the title, the caption and the alt text",
        "taken from this computer's clock",
      ],
    ],
    [
      "a photo that says all but its alt text, beside one that names no one",
      [
        {
          name: "a.jpg",
          metadata: {
            title: "T",
            caption: "C",
            credit: "Reuters",
            capturedAt: "2019-02-27T18:30:05+07:00",
          },
        },
        { name: "b.jpg", metadata: { title: "T", caption: "C", alt: "A crowd waves flags" } },
      ],
      [
        "  - slide 2: the photo names no one; add image.credit",
        "  - slide 1 (a.jpg): write the alt text",
        "check published (2019-02-27T18:30:05+07:00) and timeZoneLabel (UTC+7), taken from when the first photo was taken;",
      ],
    ],
  ])("lists what is left to do for %s", (_, files, todos) => {
    const text = summary(files);
    for (const todo of todos) expect(text).toContain(todo);
  });
});
