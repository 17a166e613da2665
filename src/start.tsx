import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { recoverFromMissingFile } from "./deploy/recoverFromDeploy";
import { registerServiceWorker } from "./offline/registerServiceWorker";
import { LOAD_AHEAD } from "./reader/slideWindow";
import { StoryLibrary } from "./story/storyLibrary";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const library = new StoryLibrary(stories);
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App library={library} />
    </BrowserRouter>
  </StrictMode>
);

/** The story and slide index an address names, read loosely: enough to load the right page. */
function addressedSlide(pathname: string): { slug: string; index: number } | undefined {
  const [slug, slide] = pathname.slice(import.meta.env.BASE_URL.length).split("/");
  if (!slug) return undefined;
  return { slug, index: Math.max(0, (Number.parseInt(slide ?? "1", 10) || 1) - 1) };
}

// The slides around the addressed one, as far as the reader loads ahead, come first: the app's
// first render is then the page's own, and the reader asks for nothing more at once. A page
// prerendered for this very address is hydrated. Any other page (the 404 page served for an
// address the build did not write, such as /story/04, or the dev server's empty shell) is rendered
// afresh, since its markup was made for another address.
const addressed = addressedSlide(window.location.pathname);
await (
  addressed
    ? library.load(addressed.slug, addressed.index - LOAD_AHEAD, addressed.index + LOAD_AHEAD)
    : Promise.resolve()
).catch(async () => {
  // The story's data is gone after a deploy: the page is reloading onto the new version, and an
  // app rendered now would only flash the slide without its text.
  if (await recoverFromMissingFile()) await new Promise(() => {});
});
const prerenderedFor = root.dataset.path;
if (prerenderedFor !== undefined && prerenderedFor === window.location.pathname)
  // As a transition, hydration yields to the browser every few milliseconds instead of taking
  // the main thread in one long task; the page is already readable meanwhile.
  startTransition(() => {
    hydrateRoot(root, app);
  });
else createRoot(root).render(app);

registerServiceWorker(import.meta.env.BASE_URL);
