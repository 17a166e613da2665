import { Route, Routes } from "react-router";
import { useKeepPageOffline } from "./offline/useKeepStoryOffline";
import { AppErrorBoundary } from "./routes/AppErrorBoundary";
import { CanonicalAddress } from "./routes/CanonicalAddress";
import { HomeRoute } from "./routes/HomeRoute";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { StoryRoute } from "./routes/StoryRoute";
import type { StoryLibrary } from "./story/storyLibrary";
import { StoryLibraryProvider, useStories } from "./library/useStoryLibrary";

/** The reader's routes. The address alone says which story and slide are shown. */
export function App({ library }: { library: StoryLibrary }) {
  return (
    <StoryLibraryProvider library={library}>
      <AppRoutes />
    </StoryLibraryProvider>
  );
}

function AppRoutes() {
  const stories = useStories();
  useKeepPageOffline();
  return (
    <AppErrorBoundary base={import.meta.env.BASE_URL}>
      <CanonicalAddress>
        <Routes>
          <Route path="/" element={<HomeRoute stories={stories} />} />
          <Route path="/:story/:slide?" element={<StoryRoute stories={stories} />} />
          <Route path="*" element={<NotFoundRoute stories={stories} />} />
        </Routes>
      </CanonicalAddress>
    </AppErrorBoundary>
  );
}
