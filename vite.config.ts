/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { imagetools } from "vite-imagetools";
import { storiesPlugin } from "./build/storiesPlugin.ts";

const storiesDir = fileURLToPath(new URL("./src/stories", import.meta.url));

export default defineConfig({
  plugins: [
    storiesPlugin({ storiesDir }),
    imagetools({ include: /^[^?]+\.(svg|jpe?g|png|webp|avif)\?.*$/i, removeMetadata: true }),
    react(),
  ],
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["./tests/setupTests.ts"],
    testTimeout: 30_000,
  },
});
