/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { imagetools } from "vite-imagetools";
import { storiesPlugin } from "./build/storiesPlugin.ts";
import { notFoundPage } from "./build/notFoundPage.ts";
import { keepRights, RIGHTS_PARAMETER } from "./build/keepRights.ts";
import { cachedVariants } from "./build/cachedVariants.ts";
import { readingEndpointFromEnv, siteFromEnv, siteLanguageFromEnv } from "./scripts/site.mjs";

/** Where the stories are read from; STORIES_DIR lets tests and the benchmark build other sets. */
const storiesDir =
  process.env.STORIES_DIR ?? fileURLToPath(new URL("./src/stories", import.meta.url));

/** Where the photos' variants are kept between builds (build/variantCache.ts). */
const variantCacheDir = fileURLToPath(
  new URL("./node_modules/.cache/photo-variants", import.meta.url),
);

export default defineConfig(({ command, isPreview }) => ({
  base: siteFromEnv().base,
  define: {
    __SITE__: JSON.stringify(siteFromEnv()),
    __SITE_LANG__: JSON.stringify(siteLanguageFromEnv()),
    // "" when unset: the reader's sending code is then left out of the build (src/reading).
    __READING_ENDPOINT__: JSON.stringify(readingEndpointFromEnv() ?? ""),
  },
  // The dev server answers every address with the app; the built site has a page per address and
  // a 404 page for the rest, which is what preview must show.
  appType: command === "serve" && !isPreview ? "spa" : "mpa",
  plugins: [
    notFoundPage(),
    storiesPlugin({ storiesDir }),
    // Each photo's variants are made once per change of the photo, and kept between builds.
    cachedVariants(
      imagetools({
        include: /^[^?]+\.(svg|jpe?g|png|webp|avif)\?.*$/i,
        removeMetadata: true,
        extendTransforms: (builtins) => [...builtins, keepRights],
        // Its own cache names a variant by the decoded pixels: finding it means drawing the
        // picture again, which is most of the work it saves.
        cache: { enabled: false },
      }),
      { dir: variantCacheDir, settings: { removeMetadata: true, transforms: [RIGHTS_PARAMETER] } },
    ),
    react(),
  ],
  // OUT_DIR lets a second build (another base path, a benchmark story) sit beside dist/.
  build: { outDir: process.env.OUT_DIR ?? "dist" },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["./tests/setupTests.ts"],
    testTimeout: 30_000,
    // Hooks that draw test photos with sharp take seconds, and several times that while other
    // builds share the machine's two cores: the default 10 s failed them under load.
    hookTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
}));
