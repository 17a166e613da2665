import { describe, expect, it } from "vitest";
import { exitCode, formatReport, summaryLine, type StoryReport } from "./storyReport";

const A = "src/stories/a/story.json";
const B = "src/stories/b/story.json";

const clean: StoryReport = { file: B, errors: [], warnings: [] };
const broken: StoryReport = {
  file: A,
  errors: [
    `${A}: slide 3, field image.alt: is missing\n${A}: field slug: must be lowercase letters and digits, words joined by -`,
  ],
  warnings: [
    `${A}: slide 3, field image.src: a.jpg is 1,200 px wide; the reader serves up to 2,400 px`,
    `${A}: slide 1, field caption: ends behind "Read more"`,
  ],
};
const warned: StoryReport = {
  file: B,
  errors: [],
  warnings: [`${B}: field headline: still has a placeholder`],
};
const unreadable: StoryReport = {
  file: A,
  errors: [`${A}: the story: is not valid JSON at line 1, column 2`],
  warnings: [],
};

describe("formatReport", () => {
  it("lists each story's problems slide by slide, errors first, and sums them up", () => {
    expect(formatReport([broken, clean])).toBe(
      [
        `${A}: 2 errors, 2 warnings`,
        "  the story",
        "    error    slug: must be lowercase letters and digits, words joined by -",
        "  slide 1",
        '    warning  caption: ends behind "Read more"',
        "  slide 3",
        "    error    image.alt: is missing",
        "    warning  image.src: a.jpg is 1,200 px wide; the reader serves up to 2,400 px",
        "",
        `${B}: no problems`,
        "",
        "2 errors, 2 warnings in 2 stories",
      ].join("\n"),
    );
  });

  it("keeps a message that runs over two lines together, under its problem", () => {
    const report = {
      file: A,
      errors: [`${A}: slide 2, field body: is wrong\nin two ways`],
      warnings: [],
    };
    expect(formatReport([report])).toContain(
      "    error    body: is wrong\n             in two ways",
    );
  });

  it("shows a problem of the whole story without a field", () => {
    expect(formatReport([unreadable])).toContain(
      "  the story\n    error    is not valid JSON at line 1, column 2",
    );
  });

  it("lets the terminal colour each part", () => {
    const text = formatReport([warned], (style, part) => `<${style}>${part}</${style}>`);
    expect(text).toContain(`<file>${B}</file>: 0 errors, 1 warning`);
    expect(text).toContain("<warning>warning </warning> headline: still has a placeholder");
  });
});

describe("summaryLine", () => {
  it.each<[string, StoryReport[], string]>([
    ["one clean story", [clean], "0 errors, 0 warnings in 1 story"],
    ["one of each", [unreadable, warned], "1 error, 1 warning in 2 stories"],
    ["problems counted one a line", [broken], "2 errors, 2 warnings in 1 story"],
  ])("counts %s", (_, reports, line) => {
    expect(summaryLine(reports)).toBe(line);
  });
});

describe("exitCode", () => {
  it.each<[string, StoryReport[], boolean, 0 | 1]>([
    ["clean stories", [clean], false, 0],
    ["clean stories, strictly", [clean], true, 0],
    ["only warnings", [warned], false, 0],
    ["only warnings, strictly", [warned], true, 1],
    ["an error", [unreadable, clean], false, 1],
    ["an error, strictly", [unreadable], true, 1],
  ])("for %s", (_, reports, strict, code) => {
    expect(exitCode(reports, strict)).toBe(code);
  });
});
