import { Route, Routes, useLocation } from "react-router";
import type { MessageCatalogue } from "./i18n/MessageCatalogue";
import { SITE_LANGUAGE } from "./i18n/siteLanguage";
import { MessagesProvider, useDocumentLanguage } from "./i18n/useMessages";
import { useKeepPageOffline } from "./offline/useKeepStoryOffline";
import { AppErrorBoundary } from "./routes/AppErrorBoundary";
import { CanonicalAddress } from "./routes/CanonicalAddress";
import { EmbedRoute } from "./routes/EmbedRoute";
import { HomeRoute } from "./routes/HomeRoute";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { pageDirection, pageLanguage } from "./routes/pageLanguage";
import { StoryRoute } from "./routes/StoryRoute";
import type { StoryLibrary } from "./story/storyLibrary";
import { StoryLibraryProvider, useStories } from "./library/useStoryLibrary";

interface AppProps {
  library: StoryLibrary;
  /** The interface strings; the page's own language must be loaded before the first render. */
  catalogue: MessageCatalogue;
}

/** The reader's routes. The address alone says which story and slide are shown, and in which language. */
export function App({ library, catalogue }: AppProps) {
  return (
    <StoryLibraryProvider library={library}>
      <AppRoutes catalogue={catalogue} />
    </StoryLibraryProvider>
  );
}

function AppRoutes({ catalogue }: { catalogue: MessageCatalogue }) {
  const stories = useStories();
  const { pathname } = useLocation();
  const language = pageLanguage(stories, pathname, SITE_LANGUAGE);
  useKeepPageOffline();
  useDocumentLanguage(language, pageDirection(stories, pathname, SITE_LANGUAGE));
  return (
    <MessagesProvider catalogue={catalogue} language={language}>
      <AppErrorBoundary base={import.meta.env.BASE_URL}>
        <CanonicalAddress>
          <Routes>
            <Route path="/" element={<HomeRoute stories={stories} />} />
            <Route path="/embed/:story/:slide" element={<EmbedRoute stories={stories} />} />
            <Route path="/:story/:slide?" element={<StoryRoute stories={stories} />} />
            <Route path="*" element={<NotFoundRoute stories={stories} />} />
          </Routes>
        </CanonicalAddress>
      </AppErrorBoundary>
    </MessagesProvider>
  );
}
