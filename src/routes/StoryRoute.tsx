import { Navigate, useLocation, useParams } from "react-router";
import { StoryReader } from "../reader/StoryReader";
import { resolveSlideRoute } from "../story/resolveSlideRoute";
import type { Story } from "../story/storyTypes";
import { NotFoundRoute } from "./NotFoundRoute";

/** `/:story/:slide?`: the reader on the slide the address names, or not found. */
export function StoryRoute({ stories }: { stories: readonly Story[] }) {
  const params = useParams();
  const location = useLocation();
  const route = resolveSlideRoute(stories, params.story, params.slide);
  if (route.kind === "not-found") return <NotFoundRoute stories={stories} />;
  if (location.pathname !== route.canonicalPath) {
    return (
      <Navigate
        replace
        to={{ pathname: route.canonicalPath, search: location.search, hash: location.hash }}
      />
    );
  }
  return <StoryReader story={route.story} slideNumber={route.slideNumber} />;
}
