import { lazy, Suspense, useState } from "react";
import type { StoryImage } from "../story/storyTypes";
import { ZoomErrorBoundary } from "./ZoomErrorBoundary";

const loadPhotoZoom = () => import("./PhotoZoom");

/** One attempt at loading the enlarged view; a new attempt is a new instance (React.lazy keeps a failure). */
function ZoomAttempt({ image, onClose }: { image: StoryImage; onClose: () => void }) {
  const [PhotoZoom] = useState(() => lazy(loadPhotoZoom));
  return (
    <Suspense fallback={null}>
      <PhotoZoom image={image} onClose={onClose} />
    </Suspense>
  );
}

/** The enlarged view, loaded on demand, with a clear message and a retry if loading fails. */
export function PhotoZoomLoader({ image, onClose }: { image: StoryImage; onClose: () => void }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ZoomErrorBoundary onRetry={() => setAttempt((value) => value + 1)} onClose={onClose}>
      <ZoomAttempt key={attempt} image={image} onClose={onClose} />
    </ZoomErrorBoundary>
  );
}
