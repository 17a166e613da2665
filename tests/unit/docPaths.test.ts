// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README and docs/ name the project's files and folders so that a newcomer can find them; a
// file moved without its mention leaves them sending people to nothing. These tests fail then.

const DOCS = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md"))].map(
  (name) => (name === "README.md" ? name : path.join("docs", name)),
);
/** The repository's own top-level folders; a path the docs give starts with one of them. */
const TOP_FOLDERS = [".ci", "build", "deploy", "docs", "public", "scripts", "src", "tests"];
/** Paths the docs give as what a command will write, not as files of the project. */
const EXAMPLES = new Set(["src/stories/summit-arrival/story.json"]);
/** Where source files live, to find a file the docs name by its name alone. */
const SOURCE_FOLDERS = ["build", "scripts", "src", "tests"];

function text(file: string): string {
  return readFileSync(file, "utf8");
}

/** The folders the README's map ("How it is built") lists, as paths from the repository's root. */
function mappedFolders(readme: string): string[] {
  const block = /## How it is built\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no folder map under “How it is built”");
  const folders: string[] = [];
  let parent = "";
  for (const line of block.split("\n")) {
    // A folder at the start of a line is at the top; indented by two, it is inside the last one.
    const entry = /^( {2})?([\w.-]+\/)/.exec(line);
    if (!entry?.[2]) continue;
    if (entry[1]) folders.push(parent + entry[2]);
    else folders.push((parent = entry[2]));
  }
  return folders;
}

/** Every path in backticks that starts at one of the repository's top folders. */
function codePaths(markdown: string): string[] {
  const rooted = new RegExp(`^(?:${TOP_FOLDERS.map((f) => f.replace(".", "\\.")).join("|")})/`);
  return [...markdown.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1] ?? "")
    .filter((code) => rooted.test(code) && !/[<>*:…]/.test(code) && !EXAMPLES.has(code));
}

/** Source files named in backticks by their name alone, such as `boot.ts`. */
function fileNames(markdown: string): string[] {
  return [...markdown.matchAll(/`([\w.-]+\.(?:ts|tsx|mjs|js))`/g)].map((match) => match[1] ?? "");
}

/** The targets of relative links and images, from the folder of the file that links. */
function linkTargets(file: string): string[] {
  return [...text(file).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => path.join(path.dirname(file), target));
}

function sourceFiles(): Set<string> {
  const names = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => path.basename(file)),
  );
  return new Set(names);
}

describe("the README's folder map", () => {
  const folders = mappedFolders(text("README.md"));

  it("lists only folders that exist", () => {
    expect(folders.filter((folder) => !existsSync(folder))).toEqual([]);
  });

  it("lists every top-level folder and every folder of src/", () => {
    const tree = [
      ...TOP_FOLDERS.map((folder) => `${folder}/`),
      ...readdirSync("src", { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `src/${entry.name}/`),
    ];
    expect(tree.filter((folder) => !folders.includes(folder))).toEqual([]);
  });
});

describe.each(DOCS)("%s", (file) => {
  it("names only paths that exist", () => {
    expect(codePaths(text(file)).filter((code) => !existsSync(code))).toEqual([]);
  });

  it("names only source files that exist", () => {
    const files = sourceFiles();
    expect(fileNames(text(file)).filter((name) => !files.has(name))).toEqual([]);
  });

  it("links only to files that exist", () => {
    expect(linkTargets(file).filter((target) => !existsSync(target))).toEqual([]);
  });
});
