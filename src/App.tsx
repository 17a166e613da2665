import { Route, Routes } from "react-router";
import { useKeepPageOffline } from "./offline/useKeepStoryOffline";
import { AppErrorBoundary } from "./routes/AppErrorBoundary";
import { CanonicalAddress } from "./routes/CanonicalAddress";
import { HomeRoute } from "./routes/HomeRoute";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { StoryRoute } from "./routes/StoryRoute";
import type { StoryLibrary } from "./story/storyLibrary";
import { StoryLibraryContext, useStories } from "./story/useStoryLibrary";

/** The reader's routes. The address alone says which story and slide are shown. */
export function App({ library }: { library: StoryLibrary }) {
  const stories = useStories(library);
  useKeepPageOffline();
  return (
    <StoryLibraryContext value={library}>
      <AppErrorBoundary base={import.meta.env.BASE_URL}>
        <CanonicalAddress>
          <Routes>
            <Route path="/" element={<HomeRoute stories={stories} />} />
            <Route path="/:story/:slide?" element={<StoryRoute stories={stories} />} />
            <Route path="*" element={<NotFoundRoute stories={stories} />} />
          </Routes>
        </CanonicalAddress>
      </AppErrorBoundary>
    </StoryLibraryContext>
  );
}
