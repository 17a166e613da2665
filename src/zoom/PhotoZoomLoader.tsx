import { lazy, Suspense, useState } from "react";
import { recoverFromMissingFile } from "../deploy/recoverFromDeploy";
import type { StoryImage } from "../story/storyTypes";
import { ZoomErrorBoundary } from "./ZoomErrorBoundary";

/**
 * The enlarged view's code. If it is gone because a new version is out, the page is reloading
 * onto that version (with the photo open), so nothing is shown meanwhile; otherwise the failure
 * reaches the error boundary, which offers to try again.
 */
const loadPhotoZoom = () =>
  import("./PhotoZoom").catch(async (error: unknown) => {
    if (await recoverFromMissingFile()) return new Promise<never>(() => {});
    throw error;
  });

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
