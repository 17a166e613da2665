import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import sharp from "sharp";
import type { Plugin, Rollup } from "vite";
import {
  assetMark,
  readVariants,
  variantKey,
  writeVariants,
  type CachedAsset,
} from "./variantCache.ts";

/** Bumped when what an entry holds, or how it is made, changes: every photo is made again. */
const CACHE_VERSION = 2;

/** The encoder's own versions: a new sharp or vite-imagetools may make other bytes. */
function encoderVersions(): unknown {
  const require = createRequire(import.meta.url);
  const imagetoolsPackage = path.join(
    path.dirname(require.resolve("vite-imagetools")),
    "..",
    "package.json",
  );
  return { sharp: sharp.versions, imagetools: require(imagetoolsPackage).version };
}

type EmittedFile = Parameters<Rollup.PluginContext["emitFile"]>[0];
type LoadHandler = (
  this: Rollup.PluginContext,
  id: string,
) => ReturnType<Rollup.FunctionPluginHooks["load"]>;

/**
 * The plugin context `load` runs with, except that every file it emits is also recorded; the rest
 * is the real context, bound to itself.
 */
function recordingContext(context: Rollup.PluginContext, emitted: Map<string, EmittedFile>) {
  return new Proxy(context, {
    get(target, property) {
      if (property === "emitFile")
        return (file: EmittedFile) => {
          const reference = target.emitFile(file);
          emitted.set(reference, file);
          return reference;
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Kept in place of an asset's original file name that is the imported file's own path. */
const SOURCE_ITSELF = "<source>";

const assetReference = (reference: string) => `__VITE_ASSET__${reference}__`;

/**
 * Wraps vite-imagetools so that a build makes each photo's variants once per change of the
 * photo: what an image import made (its module code and its encoded files) is kept in `dir`,
 * keyed by the source file's bytes and the import's settings, and a later build (the server
 * build right after the client one, or the next `npm run build`) emits the kept files instead of
 * decoding and encoding again. The dev server serves its variants itself and goes straight through.
 */
export function cachedVariants(
  imagetools: Plugin,
  options: { dir: string; settings: unknown },
): Plugin {
  const load = imagetools.load;
  if (typeof load !== "function")
    throw new Error("vite-imagetools no longer loads with a function");
  const inner = load as LoadHandler;
  let root = process.cwd();
  let serving = false;
  const settings = { version: CACHE_VERSION, encoder: encoderVersions(), plugin: options.settings };
  return {
    ...imagetools,
    configResolved(config) {
      root = config.root;
      serving = config.command === "serve";
      const original = imagetools.configResolved;
      return typeof original === "function" ? original.call(this, config) : undefined;
    },
    async load(id) {
      const [file = "", query] = id.split("?");
      if (serving || query === undefined) return inner.call(this, id);
      const source = await readFile(file).catch(() => undefined);
      if (!source) return inner.call(this, id);
      // The file's name matters too: Vite names the emitted files after it. Its folder does not,
      // so the same photo in another story's folder (the bench's long story) is found again.
      const key = variantKey(source, { ...settings, name: path.basename(file), query });
      const sourcePath = path.relative(root, file);
      const kept = await readVariants(options.dir, key);
      if (kept)
        return kept.assets.reduce((code, asset, index) => {
          const reference = this.emitFile({
            type: "asset",
            name: asset.name,
            source: asset.source,
            ...(asset.originalFileName === undefined
              ? {}
              : {
                  originalFileName:
                    asset.originalFileName === SOURCE_ITSELF ? sourcePath : asset.originalFileName,
                }),
          });
          return code.replaceAll(assetMark(index), assetReference(reference));
        }, kept.code);
      const emitted = new Map<string, EmittedFile>();
      const made = await inner.call(recordingContext(this, emitted), id);
      if (typeof made !== "string") return made;
      let code = made;
      const assets: CachedAsset[] = [];
      for (const [reference, emittedFile] of emitted) {
        if (emittedFile.type !== "asset" || emittedFile.source === undefined) return made;
        const bytes = emittedFile.source;
        code = code.replaceAll(assetReference(reference), assetMark(assets.length));
        assets.push({
          name: emittedFile.name ?? path.basename(file),
          originalFileName:
            emittedFile.originalFileName === sourcePath
              ? SOURCE_ITSELF
              : (emittedFile.originalFileName ?? undefined),
          source: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
        });
      }
      await writeVariants(options.dir, key, { code, assets });
      return made;
    },
  };
}
