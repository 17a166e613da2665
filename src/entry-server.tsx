import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { LANGUAGES, interfaceLanguage, type Language } from "./i18n/languages";
import { textDirection, type Direction } from "./story/textDirection";
import { MessageCatalogue } from "./i18n/MessageCatalogue";
import { SITE_LANGUAGE } from "./i18n/siteLanguage";
import { endingHead, plainHead, slideHead } from "./publishing/pageHead";
import { feedAddresses } from "./publishing/feeds/feedAddresses";
import { feedLinks } from "./publishing/feeds/feedLinks";
import { siteFeeds, type FeedFile } from "./publishing/feeds/siteFeeds";
import type { Site } from "./publishing/siteAddress";
import { slideAlternates, type Alternate } from "./story/languageVersions";
import { endingPath, slidePath } from "./story/slidePath";
import { StoryLibrary } from "./story/storyLibrary";
import { embedHead } from "./embed/embedHead";
import { embedPath, isEmbedPath } from "./embed/embedPath";
import { oembedDocument, oembedLink, oembedPath } from "./embed/oembedDocument";
import { slideDocumentTitle } from "./story/documentTitle";
import type { Story } from "./story/storyTypes";

/**
 * One page the build writes: its address, its interface language and direction, <head> tags and
 * rendered app, and the same page in the story's other languages (for the sitemap).
 */
export interface PrerenderedPage {
  path: string;
  lang: Language;
  dir: Direction;
  head: string;
  html: string;
  alternates: readonly Alternate[];
  /** Left out of the sitemap: a story's ending, which leads on to pages listed there. */
  unlisted?: boolean;
}

function renderPage(
  library: StoryLibrary,
  catalogue: MessageCatalogue,
  path: string,
  basename: string,
): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location={basename.replace(/\/$/, "") + path} basename={basename}>
        <App library={library} catalogue={catalogue} />
      </StaticRouter>
    </StrictMode>,
  );
}

/**
 * Every page of the site: the story list, every slide and the ending of every story, each slide's
 * embed, and the
 * not-found page.
 */
export async function prerenderPages(site: Site): Promise<PrerenderedPage[]> {
  const library = new StoryLibrary(stories);
  // The build holds every language; each page it writes uses, and so ships, one.
  const catalogue = new MessageCatalogue();
  await Promise.all([library.loadAll(), ...LANGUAGES.map((language) => catalogue.load(language))]);
  const messagesOf = (language: Language) => {
    const messages = catalogue.get(language);
    if (!messages) throw new Error(`no interface strings for ${language}`);
    return messages;
  };
  const say = messagesOf(SITE_LANGUAGE);
  const loaded: readonly Story[] = library.getSnapshot();
  const render = (path: string) => renderPage(library, catalogue, path, site.base);
  const pages: PrerenderedPage[] = [
    {
      path: "/",
      lang: SITE_LANGUAGE,
      dir: textDirection(SITE_LANGUAGE),
      head: plainHead(site, say.siteTitle, say.siteDescription, "/"),
      html: render("/"),
      alternates: [],
    },
  ];
  for (const story of loaded) {
    const lang = interfaceLanguage(story.lang);
    story.slides.forEach((_, index) => {
      const path = slidePath(story.slug, index + 1);
      const alternates = slideAlternates(story.versions, index + 1, SITE_LANGUAGE);
      const sayInStory = messagesOf(lang);
      const head = [
        slideHead(site, story, index + 1, sayInStory, alternates),
        oembedLink(site, story, index + 1, slideDocumentTitle(story, index + 1, sayInStory)),
      ].join("\n    ");
      pages.push({ path, lang, dir: story.dir, head, html: render(path), alternates });
      const embed = embedPath(story.slug, index + 1);
      pages.push({
        path: embed,
        lang,
        dir: story.dir,
        head: embedHead(site, story, index + 1, sayInStory),
        html: render(embed),
        alternates: [],
      });
    });
    const ending = endingPath(story.slug);
    pages.push({
      path: ending,
      lang,
      dir: story.dir,
      head: endingHead(site, story, messagesOf(lang)),
      html: render(ending),
      alternates: [],
      unlisted: true,
    });
  }
  pages.push({
    path: "/404",
    lang: SITE_LANGUAGE,
    dir: textDirection(SITE_LANGUAGE),
    head: plainHead(site, say.notFoundTitle, say.notFoundDescription),
    html: render("/404"),
    alternates: [],
  });
  // Named in the page's own language, as everything else the page says about itself is.
  const feeds = (lang: Language) => feedLinks(feedAddresses(site), messagesOf(lang).siteTitle);
  // An embed is a slide in another site's page: the feeds are the site's own pages' to offer.
  return pages.map((page) =>
    isEmbedPath(page.path) ? page : { ...page, head: `${page.head}\n    ${feeds(page.lang)}` },
  );
}

/** The site's feeds (src/publishing/feeds), which scripts/writeFeeds.mjs writes beside the pages. */
export async function prerenderFeeds(site: Site): Promise<FeedFile[]> {
  const catalogue = new MessageCatalogue();
  await catalogue.load(SITE_LANGUAGE);
  const say = catalogue.get(SITE_LANGUAGE);
  if (!say) throw new Error(`no interface strings for ${SITE_LANGUAGE}`);
  return siteFeeds(site, stories, {
    title: say.siteTitle,
    description: say.siteDescription,
    lang: SITE_LANGUAGE,
  });
}

/** A file the build writes beside the pages: its address inside the site, and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** Every slide's oEmbed document (src/embed/oembedDocument.ts), in its story's language. */
export async function prerenderOembeds(site: Site): Promise<SiteFile[]> {
  const library = new StoryLibrary(stories);
  const catalogue = new MessageCatalogue();
  await Promise.all([library.loadAll(), ...LANGUAGES.map((language) => catalogue.load(language))]);
  return library.getSnapshot().flatMap((story) => {
    const say = catalogue.get(interfaceLanguage(story.lang));
    if (!say) throw new Error(`no interface strings for ${story.lang}`);
    return story.slides.map((_, index) => ({
      path: oembedPath(story.slug, index + 1),
      content: `${JSON.stringify(oembedDocument(site, story, index + 1, say))}\n`,
    }));
  });
}
