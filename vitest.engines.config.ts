import { defineConfig } from "vitest/config";
import { selectedEngines } from "./tests/engines/selectedEngines.ts";

/**
 * The reader's main behaviours on Firefox and WebKit (tests/engines), against the production
 * build. ENGINE=firefox or ENGINE=webkit runs one engine alone.
 */
export default defineConfig({
  test: {
    include: selectedEngines().map((engine) => `tests/engines/${engine}.test.ts`),
    environment: "node",
    globalSetup: ["./tests/engines/globalSetup.ts"],
    // One browser at a time: two would share this machine's two cores with the server.
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/engines.json" },
  },
});
