// Puts the app on the page (loadApp.ts imports it): loads the addressed slides and the page's
// interface language, then hydrates the prerendered page or renders afresh, and registers the
// service worker.
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { isEmbedPath, outsideEmbed } from "./embed/embedPath";
import { loadUntilDone } from "./faults/retry";
import { MessageCatalogue } from "./i18n/MessageCatalogue";
import { SITE_LANGUAGE } from "./i18n/siteLanguage";
import { registerServiceWorker } from "./offline/registerServiceWorker";
import { pageLanguage } from "./routes/pageLanguage";
import { LOAD_AHEAD } from "./reader/slideWindow";
import { StoryLibrary } from "./story/storyLibrary";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const library = new StoryLibrary(stories);
const catalogue = new MessageCatalogue();
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App library={library} catalogue={catalogue} />
    </BrowserRouter>
  </StrictMode>
);

/** The address inside the site's base path, as the router reads it: "/hanoi-summit/3". */
const routerPath = (pathname: string) => `/${pathname.slice(import.meta.env.BASE_URL.length)}`;

/** The story and slide index an address names, read loosely: enough to load the right page. */
function addressedSlide(pathname: string): { slug: string; index: number } | undefined {
  const [, slug, slide] = outsideEmbed(routerPath(pathname)).split("/");
  if (!slug) return undefined;
  return { slug, index: Math.max(0, (Number.parseInt(slide ?? "1", 10) || 1) - 1) };
}

/**
 * Loads the slides around the addressed one, as far as the reader loads ahead, and the interface
 * strings of the page's language (its story's, or the site's), together, before the app renders:
 * its first render is then the page's own, and the reader asks for nothing more at once. Without
 * them the app would render placeholders over the prerendered text (and on a prerendered page,
 * fail to hydrate and rebuild it, moving what the reader sees). So if they cannot be had,
 * the page stays as it is, readable and with working links: after a deploy the new version is
 * loaded instead (and nothing is rendered meanwhile), and otherwise they are asked for again when
 * the connection is back.
 */
async function loadAddressedPage(): Promise<void> {
  const { pathname } = window.location;
  const addressed = addressedSlide(pathname);
  const language = pageLanguage(library.getSnapshot(), routerPath(pathname), SITE_LANGUAGE);
  const loaded = await loadUntilDone(() =>
    Promise.all([
      catalogue.load(language),
      addressed &&
        library.load(addressed.slug, addressed.index - LOAD_AHEAD, addressed.index + LOAD_AHEAD),
    ]),
  );
  if (!loaded) await new Promise(() => {});
}

// A page prerendered for this very address is hydrated. Any other page (the 404 page served for an
// address the build did not write, such as /story/04, or the dev server's empty shell) is rendered
// afresh, since its markup was made for another address.
await loadAddressedPage();
const prerenderedFor = root.dataset.path;
if (prerenderedFor !== undefined && prerenderedFor === window.location.pathname)
  // As a transition, hydration yields to the browser every few milliseconds instead of taking
  // the main thread in one long task; the page is already readable meanwhile.
  startTransition(() => {
    hydrateRoot(root, app);
  });
else createRoot(root).render(app);

// An embed lives in another site's page, where its storage is that site's partition: it keeps
// nothing for offline reading, and the site's own pages are where a worker is installed.
if (!isEmbedPath(routerPath(window.location.pathname)))
  registerServiceWorker(import.meta.env.BASE_URL);
