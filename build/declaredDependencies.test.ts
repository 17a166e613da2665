import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const FOLDERS = ["src", "build", "scripts", "tests"];
const CONFIGS = [
  "vite.config.ts",
  "vitest.engines.config.ts",
  "playwright.config.ts",
  "eslint.config.js",
];

/** The package a bare import names: `@scope/name` or `name`, without a path inside it. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|virtual:|\0)/.test(specifier)) return undefined;
  const [first = "", second = ""] = specifier.split("/");
  return first.startsWith("@") ? `${first}/${second}` : first;
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(code: string): string[] {
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\b[^"';]*?from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\/\/\/\s*<reference types="([^"]+)"/g),
  ];
  return found.map((match) => match[1] ?? "");
}

async function sourceFiles(): Promise<string[]> {
  const files = [...CONFIGS];
  for (const folder of FOLDERS) {
    for (const entry of await readdir(path.join(ROOT, folder), { recursive: true })) {
      if (/\.(ts|tsx|mjs|js)$/.test(entry) && !entry.includes("node_modules"))
        files.push(path.join(folder, entry));
    }
  }
  return files;
}

describe("the project's imports", () => {
  it("name only packages that package.json declares", async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ]);
    const undeclared: string[] = [];
    for (const file of await sourceFiles()) {
      const code = await readFile(path.join(ROOT, file), "utf8");
      for (const specifier of specifiers(code)) {
        const name = packageOf(specifier);
        if (name && !declared.has(name)) undeclared.push(`${file}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
