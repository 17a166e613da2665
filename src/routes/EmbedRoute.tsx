import { Navigate, useLocation, useParams } from "react-router";
import { embedPath } from "../embed/embedPath";
import { StoryReader } from "../reader/StoryReader";
import { resolveSlideRoute } from "../story/resolveSlideRoute";
import type { Story } from "../story/storyTypes";
import { NotFoundRoute } from "./NotFoundRoute";

/** `/embed/:story/:slide`: the reader without the site's chrome, for an iframe on another site. */
export function EmbedRoute({ stories }: { stories: readonly Story[] }) {
  const params = useParams();
  const location = useLocation();
  const route = resolveSlideRoute(stories, params.story, params.slide);
  // An embed shows slides only: the ending's links lead to the site, which no other site may frame.
  if (route.kind !== "slide") return <NotFoundRoute stories={stories} />;
  const canonicalPath = embedPath(route.story.slug, route.slideNumber);
  if (location.pathname !== canonicalPath) {
    return (
      <Navigate
        replace
        to={{ pathname: canonicalPath, search: location.search, hash: location.hash }}
      />
    );
  }
  return <StoryReader story={route.story} slideNumber={route.slideNumber} embed />;
}
