import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const STYLES = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.dirname(STYLES);

/** The stylesheet as the build joins it: app.css with every partial it imports, in order. */
function joined(file: string): string {
  return readFileSync(file, "utf8").replace(/@import "([^"]+)";/g, (_, partial: string) =>
    joined(path.resolve(path.dirname(file), partial)),
  );
}

const css = joined(path.join(STYLES, "app.css")).replace(/\/\*[\s\S]*?\*\//g, "");
const components = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".tsx") && !file.endsWith(".test.tsx"))
  .map((file) => ({ file, source: readFileSync(path.join(SRC, file), "utf8") }));

/** Every class a rule selects, outside declarations (where ".5rem" is a number). */
const selected = new Set(
  [...css.replace(/\{[^{}]*\}/g, "{}").matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name),
);

/** Every class a component writes as text: className="…" and the strings in className={…}. */
function written(source: string): string[] {
  const attributes = [...source.matchAll(/className=(?:"([^"]*)"|\{([^}]*)\})/g)];
  return attributes.flatMap(([, text, expression = ""]) =>
    (text ?? [...expression.matchAll(/"([^"]*)"/g)].map(([, inner]) => inner).join(" "))
      .split(/\s+/)
      .filter(Boolean),
  );
}

describe("the stylesheet and the components", () => {
  it("style every class the components write, but for the few the tests look for", () => {
    const unstyled = components.flatMap(({ file, source }) =>
      written(source)
        .filter((name) => !selected.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unstyled).toEqual([]);
  });

  it("select only classes that some component writes", () => {
    const sources = components.map(({ source }) => source).join("\n");
    const unused = [...selected].filter((name) => !new RegExp(`["\\s]${name}["\\s]`).test(sources));
    expect(unused).toEqual([]);
  });
});
