import type { StoryImage } from "../story/storyTypes";
import { photoCredit } from "../story/photoCredit";
import { useMessages } from "../i18n/useMessages";

interface AboutPhotoProps {
  image: StoryImage;
  /** The id of the long description, which the photo names as what describes it. */
  descriptionId: string;
  /** Off-screen slides keep their text but not their controls in the Tab order. */
  inView: boolean;
}

/**
 * What a slide says about its photo beside the caption: its credit, small and under the text
 * (never over the subject), and its long description behind a "Description" disclosure. The
 * disclosure is a native <details>, so it opens in the prerendered page before, and without,
 * any script.
 */
export function AboutPhoto({ image, descriptionId, inView }: AboutPhotoProps) {
  const say = useMessages();
  const credit = photoCredit(image);
  if (credit === undefined && image.description === undefined) return null;
  return (
    <div className="slide__about-photo">
      {credit !== undefined && (
        <p className="slide__photo-credit">
          <span className="slide__photo-credit-label">{say.photoLabel} </span>
          {credit}
        </p>
      )}
      {image.description !== undefined && (
        <details className="slide__description">
          <summary tabIndex={inView ? 0 : -1}>{say.description}</summary>
          <p id={descriptionId}>{image.description}</p>
        </details>
      )}
    </div>
  );
}
