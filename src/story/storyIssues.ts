/** One problem found in a story file, where it is and what was expected. */
export interface StoryIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** "slide 3, field image.alt" for a path such as ["slides", 2, "image", "alt"]. */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head === "slides" && typeof index === "number") {
    const field = rest.map(String).join(".");
    return field ? `slide ${index + 1}, field ${field}` : `slide ${index + 1}`;
  }
  return path.length ? `field ${path.map(String).join(".")}` : "the story";
}

/** One line per problem, each naming the file, the slide and the field. */
export function formatStoryIssues(file: string, issues: readonly StoryIssue[]): string {
  return issues
    .map((issue) => `${file}: ${describeIssuePath(issue.path)}: ${issue.message}`)
    .join("\n");
}
