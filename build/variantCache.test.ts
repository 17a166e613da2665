import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assetMark, readVariants, variantKey, writeVariants } from "./variantCache.ts";

const photo = new TextEncoder().encode("the photo's bytes");
const settings = { query: "w=480;960&format=avif&quality=34&as=srcset" };
const entry = {
  code: `export default "${assetMark(0)} 480w, ${assetMark(1)} 960w";`,
  assets: [
    { name: "dusk.avif", originalFileName: "stories/dusk.svg", source: new Uint8Array([1, 2, 3]) },
    { name: "dusk.avif", originalFileName: undefined, source: new Uint8Array([4, 5, 6, 7]) },
  ],
};

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "variant-cache-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("variantKey", () => {
  it.each([
    ["the same photo and settings", photo, settings, true],
    ["another photo", new TextEncoder().encode("another photo"), settings, false],
    ["other settings", photo, { query: "w=480&format=webp&as=srcset" }, false],
  ])("names %s %s entry", (_, source, other, same) => {
    expect(variantKey(source, other) === variantKey(photo, settings)).toBe(same);
  });
});

describe("readVariants", () => {
  it("finds an entry as it was written", async () => {
    const key = variantKey(photo, settings);
    await writeVariants(dir, key, entry);
    expect(await readVariants(dir, key)).toEqual(entry);
  });

  it("finds nothing for a photo or settings it has not kept", async () => {
    await writeVariants(dir, variantKey(photo, settings), entry);
    expect(await readVariants(dir, variantKey(photo, { query: "w=960" }))).toBeUndefined();
  });

  it("leaves no partial files behind", async () => {
    await writeVariants(dir, variantKey(photo, settings), entry);
    const files = await readdir(dir, { recursive: true });
    expect(files.filter((file) => file.endsWith(".part"))).toEqual([]);
  });

  it.each([
    ["a manifest cut short", (key: string) => writeFile(path.join(dir, `${key}.json`), '{"code":')],
    [
      "a file cut short",
      async () => {
        const [first] = await readdir(path.join(dir, "files"));
        await writeFile(path.join(dir, "files", first ?? ""), new Uint8Array([1]));
      },
    ],
    [
      "a missing file",
      async () => {
        const [first] = await readdir(path.join(dir, "files"));
        await rm(path.join(dir, "files", first ?? ""));
      },
    ],
  ])("does not trust %s, and a new write mends it", async (_, damage) => {
    const key = variantKey(photo, settings);
    await writeVariants(dir, key, entry);
    await damage(key);
    expect(await readVariants(dir, key)).toBeUndefined();
    await writeVariants(dir, key, entry);
    expect(await readVariants(dir, key)).toEqual(entry);
  });
});
