import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The rules of the source tree's rooms (README, "Where things are"): which folder may import
// which. They are read from the code itself, so a change that breaks one fails here.

const SRC = resolve(import.meta.dirname);

interface SourceFile {
  /** Path under src/, with forward slashes. */
  path: string;
  /** The folder directly under src/ that holds it, or "." for the files at its top. */
  room: string;
  /** What it imports: relative imports as paths under src/, packages by name. */
  imports: string[];
}

function roomOf(path: string): string {
  return path.includes("/") ? (path.split("/")[0] ?? ".") : ".";
}

function sourceFiles(folder = SRC): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...sourceFiles(full));
      continue;
    }
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$|\.d\.ts$/.test(entry.name)) continue;
    const path = relative(SRC, full).split("\\").join("/");
    const text = readFileSync(full, "utf8");
    const imports = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s*["']([^"']+)["']/g),
    ]
      .concat([...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)])
      .map(([, specifier = ""]) =>
        specifier.startsWith(".")
          ? relative(SRC, resolve(dirname(full), specifier))
              .split("\\")
              .join("/")
          : specifier,
      );
    files.push({ path, room: roomOf(path), imports });
  }
  return files;
}

const files = sourceFiles();
const modules = new Set(files.map((file) => file.path.replace(/\.tsx?$/, "")));

/** Whether an import names a module of src/ (rather than a package or a stylesheet). */
function isSourceFile(target: string): boolean {
  return modules.has(target);
}

/** room → the other rooms it imports from. */
function roomGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const targets = graph.get(file.room) ?? new Set<string>();
    for (const target of file.imports) {
      if (!isSourceFile(target)) continue;
      const room = roomOf(target);
      if (room !== file.room) targets.add(room);
    }
    graph.set(file.room, targets);
  }
  return graph;
}

/** Every cycle among rooms, each written as a path that returns to its start. */
function roomCycles(graph: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const rooms = [...graph.keys()].sort();
  for (const start of rooms) {
    const walk = (room: string, path: string[]) => {
      for (const next of graph.get(room) ?? []) {
        if (next === start) cycles.push([...path, start].join(" → "));
        else if (!path.includes(next) && next > start) walk(next, [...path, next]);
      }
    };
    walk(start, [start]);
  }
  return cycles;
}

describe("the rooms of src/", () => {
  it("finds the source files and what they import", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.find((file) => file.path === "App.tsx")?.imports).toContain("routes/StoryRoute");
  });

  it("has no cycle between two folders", () => {
    expect(roomCycles(roomGraph())).toEqual([]);
  });

  it("would see a cycle if there were one", () => {
    const graph = new Map([
      ["reader", new Set(["routes"])],
      ["routes", new Set(["reader"])],
      ["story", new Set<string>()],
    ]);
    expect(roomCycles(graph)).toEqual(["reader → routes → reader"]);
  });

  it("keeps story/ pure: no React and no other room", () => {
    const story = files.filter((file) => file.room === "story");
    expect(story.length).toBeGreaterThan(5);
    for (const file of story) {
      const outside = file.imports.filter(
        (target) =>
          /^react(-dom|-router)?(\/|$)/.test(target) ||
          (isSourceFile(target) && roomOf(target) !== "story"),
      );
      expect({ file: file.path, imports: outside }).toEqual({ file: file.path, imports: [] });
    }
  });
});
