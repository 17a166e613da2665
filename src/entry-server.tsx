import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { plainHead, slideHead } from "./publishing/pageHead";
import type { Site } from "./publishing/siteAddress";
import { slidePath } from "./story/slidePath";
import { StoryLibrary } from "./story/storyLibrary";
import type { Story } from "./story/storyTypes";

/** One page the build writes: its address, its <head> tags and its rendered app. */
export interface PrerenderedPage {
  path: string;
  head: string;
  html: string;
}

function renderPage(library: StoryLibrary, path: string, basename: string): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location={basename.replace(/\/$/, "") + path} basename={basename}>
        <App library={library} />
      </StaticRouter>
    </StrictMode>,
  );
}

/** Every page of the site: the story list, every slide of every story, and the not-found page. */
export async function prerenderPages(site: Site): Promise<PrerenderedPage[]> {
  const library = new StoryLibrary(stories);
  await library.loadAll();
  const loaded: readonly Story[] = library.getSnapshot();
  const render = (path: string) => renderPage(library, path, site.base);
  const pages: PrerenderedPage[] = [
    {
      path: "/",
      head: plainHead(
        site,
        "Photo stories",
        "News told in photos, one full-screen slide at a time.",
        "/",
      ),
      html: render("/"),
    },
  ];
  for (const story of loaded) {
    story.slides.forEach((_, index) => {
      const path = slidePath(story.slug, index + 1);
      pages.push({ path, head: slideHead(site, story, index + 1), html: render(path) });
    });
  }
  pages.push({
    path: "/404",
    head: plainHead(site, "Page not found", "This page is not part of any story."),
    html: render("/404"),
  });
  return pages;
}
