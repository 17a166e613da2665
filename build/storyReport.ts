/** What checking one story folder found, each problem as a line `<file>: <where>: <message>`. */
export interface StoryReport {
  /** story.json as the report names it, e.g. src/stories/hanoi-summit/story.json. */
  file: string;
  /** What stops the story from building: a StoryFileError's message, one line per problem. */
  errors: readonly string[];
  /** What an editor should fix before publishing: storyWarnings, by formatStoryIssues. */
  warnings: readonly string[];
}

type Severity = "error" | "warning";

/** How the terminal shows a part of the report; the script colours it, tests leave it plain. */
export type Paint = (style: Severity | "file" | "ok", text: string) => string;

const plain: Paint = (_style, text) => text;

interface Problem {
  severity: Severity;
  /** The slide it is on, counted from 1, or undefined for the story as a whole. */
  slide: number | undefined;
  /** "field image.alt: is missing", or only the message for a problem of the whole story. */
  text: string;
}

/** Where a line says it is, as formatStoryIssues writes it (fields never hold a colon). */
const LOCATION = /^(?:slide (\d+)(?:, (field [^:]+))?|(field [^:]+)|the story): ([\s\S]*)$/;

/**
 * The problems in a StoryFileError's or storyWarnings' lines. A line that does not start with the
 * file continues the one before it, so a message that holds a line break stays whole.
 */
function problems(file: string, lines: readonly string[], severity: Severity): Problem[] {
  const prefix = `${file}: `;
  const found: Problem[] = [];
  for (const line of lines.flatMap((text) => text.split("\n"))) {
    const last = found.at(-1);
    if (!line.startsWith(prefix) && last) {
      last.text += `\n${line}`;
      continue;
    }
    const rest = line.startsWith(prefix) ? line.slice(prefix.length) : line;
    const match = LOCATION.exec(rest);
    if (!match) {
      found.push({ severity, slide: undefined, text: rest });
      continue;
    }
    const [, slide, slideField, storyField, message = ""] = match;
    const field = slideField ?? storyField;
    found.push({
      severity,
      slide: slide === undefined ? undefined : Number(slide),
      text: field ? `${field.replace(/^field /, "")}: ${message}` : message,
    });
  }
  return found;
}

const count = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;

function tally(reports: readonly StoryReport[]) {
  const sum = (pick: (report: StoryReport) => readonly string[], severity: Severity) =>
    reports.reduce(
      (total, report) => total + problems(report.file, pick(report), severity).length,
      0,
    );
  return {
    errors: sum((report) => report.errors, "error"),
    warnings: sum((report) => report.warnings, "warning"),
    stories: reports.length,
  };
}

/** The last line: "2 errors, 3 warnings in 4 stories". */
export function summaryLine(reports: readonly StoryReport[]): string {
  const { errors, warnings, stories } = tally(reports);
  return `${count(errors, "error")}, ${count(warnings, "warning")} in ${count(stories, "story", "stories")}`;
}

/** 1 when a story cannot be built, or with `strict` when one has warnings; else 0. */
export function exitCode(reports: readonly StoryReport[], strict: boolean): 0 | 1 {
  const { errors, warnings } = tally(reports);
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

const INDENT = "    ";

/** One story's part of the report: its file, then its problems slide by slide. */
function storySection(report: StoryReport, paint: Paint): string[] {
  const found = [
    ...problems(report.file, report.errors, "error"),
    ...problems(report.file, report.warnings, "warning"),
  ];
  if (!found.length) return [`${paint("file", report.file)}: ${paint("ok", "no problems")}`];
  const errors = found.filter((problem) => problem.severity === "error").length;
  const counts = `${count(errors, "error")}, ${count(found.length - errors, "warning")}`;
  const lines = [`${paint("file", report.file)}: ${counts}`];
  const slides = [...new Set(found.map((problem) => problem.slide ?? 0))].sort((a, b) => a - b);
  for (const slide of slides) {
    lines.push(slide === 0 ? "  the story" : `  slide ${slide}`);
    // Errors first: they are what stops the build.
    for (const severity of ["error", "warning"] as const)
      for (const problem of found)
        if ((problem.slide ?? 0) === slide && problem.severity === severity) {
          const label = paint(severity, severity.padEnd(8));
          lines.push(`${INDENT}${label} ${problem.text.replaceAll("\n", `\n${INDENT}         `)}`);
        }
  }
  return lines;
}

/** The whole report for a terminal: each story, a blank line between them, and the summary. */
export function formatReport(reports: readonly StoryReport[], paint: Paint = plain): string {
  const sections = reports.map((report) => storySection(report, paint).join("\n"));
  return [...sections, summaryLine(reports)].join("\n\n");
}
