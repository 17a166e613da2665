import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeWhole } from "./cacheFile.ts";

/** One file a variants module emits: its bytes and the names Vite gives it. */
export interface CachedAsset {
  name: string;
  originalFileName: string | undefined;
  source: Uint8Array;
}

/**
 * What one image import became: the module's code, in which each emitted file is written as
 * `assetMark(i)`, and the files in that order. The build's own handles for the files are new in
 * every build, so they are put back in place of the marks when the entry is used.
 */
export interface CachedVariants {
  code: string;
  assets: CachedAsset[];
}

/** Stands for the i-th asset of an entry in its cached code. */
export const assetMark = (index: number) => `__PHOTO_VARIANT_ASSET_${index}__`;

const sha256 = (...parts: (string | Uint8Array)[]) =>
  parts.reduce((hash, part) => hash.update(part), createHash("sha256")).digest("hex");

/**
 * The name of an entry: the source file's bytes and everything else that shapes its variants
 * (the import's query, the encoder's settings and versions). The same photo under the same
 * settings is the same entry in any build, client or server, today or next week.
 */
export function variantKey(source: Uint8Array, settings: unknown): string {
  return sha256(sha256(source), JSON.stringify(settings));
}

interface Manifest {
  code: string;
  assets: { name: string; originalFileName?: string; sha256: string }[];
}

const manifestFile = (dir: string, key: string) => path.join(dir, `${key}.json`);
const blobFile = (dir: string, hash: string) => path.join(dir, "files", hash);

/**
 * The entry `key` in `dir`, or undefined when there is none or it cannot be trusted: a manifest
 * that does not parse, or a file that is missing or whose bytes are not those it was written
 * with. Either way the caller makes the variants again, which mends the entry.
 */
export async function readVariants(dir: string, key: string): Promise<CachedVariants | undefined> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile(dir, key), "utf8")) as Manifest;
    if (typeof manifest.code !== "string" || !Array.isArray(manifest.assets)) return undefined;
    const assets: CachedAsset[] = [];
    for (const asset of manifest.assets) {
      const source = await readFile(blobFile(dir, asset.sha256));
      if (sha256(source) !== asset.sha256) return undefined;
      assets.push({
        name: asset.name,
        originalFileName: asset.originalFileName,
        source: new Uint8Array(source.buffer, source.byteOffset, source.length),
      });
    }
    return { code: manifest.code, assets };
  } catch {
    return undefined;
  }
}

/** Stores an entry: its files first, its manifest last, so a manifest names only whole files. */
export async function writeVariants(
  dir: string,
  key: string,
  entry: CachedVariants,
): Promise<void> {
  const assets: Manifest["assets"] = [];
  for (const { name, originalFileName, source } of entry.assets) {
    const hash = sha256(source);
    await writeWhole(blobFile(dir, hash), source);
    assets.push(
      originalFileName === undefined
        ? { name, sha256: hash }
        : { name, originalFileName, sha256: hash },
    );
  }
  await writeWhole(manifestFile(dir, key), JSON.stringify({ code: entry.code, assets }));
}
