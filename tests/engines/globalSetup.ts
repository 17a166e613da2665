import type { TestProject } from "vitest/node";
import { firefox } from "./firefox";
import { startProcess } from "./processes";
import { selectedEngines } from "./selectedEngines";
import { webkit } from "./webkit";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the production build is served for this run. */
    siteOrigin: string;
  }
}

/**
 * Not 4173-4176, which the Playwright tests and the benchmark use, nor 4190, a port browsers and
 * fetch refuse to connect to (ManageSieve's).
 */
const PORT = Number(process.env.ENGINES_PORT ?? 4191);

/**
 * Serves the production build (dist/) with `vite preview` for the whole run, and says which
 * browser versions the run drives.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const name of selectedEngines()) {
    const engine = name === "firefox" ? firefox : webkit;
    console.log(`${name}: ${await engine.version()}`);
  }
  const preview = await startProcess(
    "npx",
    ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"],
    { ready: /Local:\s+(http:\/\/[\d.:]+)\// },
  );
  const origin = preview.ready[1] ?? "";
  const answer = await fetch(`${origin}/`).catch(() => undefined);
  if (!answer?.ok) {
    await preview.stop();
    throw new Error(
      `vite preview did not serve ${origin}/; run npm run build first. It printed:\n${preview.output()}`,
    );
  }
  project.provide("siteOrigin", origin);
  return preview.stop;
}
