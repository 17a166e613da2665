import { useEffect, useRef, useState, type CSSProperties } from "react";
import { recoverFromMissingFile } from "../deploy/recoverFromDeploy";
import { useMessages } from "../i18n/useMessages";
import type { StoryImage } from "../story/storyTypes";
import type { PhotoFetch } from "./fetchPolicy";
import { coverSizes, focusPosition } from "./photoSizes";
import { PORTRAIT_MEDIA } from "./portraitCrop";

/**
 * A photo that covers its box around its focal point, in the best format the browser reads, cut
 * to a portrait crop on portrait screens, over a blurred preview that holds its place until it
 * arrives. A photo not yet wanted (see photoFetch) is only its preview. If the photo fails, the
 * preview stays, with a note that says what the photo shows; unless the photo is gone because a new
 * version of the site is out, in which case the page reloads onto it instead.
 */
interface SlidePhotoProps {
  image: StoryImage;
  fetch: PhotoFetch;
  /** The id of the photo's long description, when it has one. */
  describedBy?: string | undefined;
  /** Left to the browser to fetch once the photo nears the screen (a list's covers). */
  lazy?: boolean;
}

export function SlidePhoto({ image, fetch, describedBy, lazy = false }: SlidePhotoProps) {
  const say = useMessages();
  const position = focusPosition(image.focus);
  const sizes = coverSizes(image.width, image.height);
  const { portrait } = image;
  const [failed, setFailed] = useState(false);
  // Once asked for, a photo stays: scrolling back to it must not fetch or flash it again.
  const [wanted, setWanted] = useState(fetch.load);
  if (fetch.load && !wanted) setWanted(true);
  const img = useRef<HTMLImageElement>(null);
  const fail = () =>
    void recoverFromMissingFile().then((reloading) => {
      if (!reloading) setFailed(true);
    });

  // A prerendered photo may have failed before the app took over and could hear about it.
  useEffect(() => {
    const element = img.current;
    if (element?.complete && element.naturalWidth === 0 && element.currentSrc) fail();
  }, [wanted]);
  const style = {
    backgroundImage: `url("${image.placeholder}")`,
    backgroundPosition: position,
    "--focus": position,
    "--focus-portrait": portrait ? focusPosition(portrait.focus) : position,
  } as CSSProperties;
  return (
    <div className={failed ? "photo is-failed" : "photo"} style={style}>
      {wanted && (
        <picture>
          {portrait && (
            <>
              <source
                type="image/avif"
                media={PORTRAIT_MEDIA}
                srcSet={portrait.srcset.avif}
                sizes={coverSizes(portrait.width, portrait.height)}
              />
              <source
                type="image/webp"
                media={PORTRAIT_MEDIA}
                srcSet={portrait.srcset.webp}
                sizes={coverSizes(portrait.width, portrait.height)}
              />
            </>
          )}
          <source type="image/avif" srcSet={image.srcset.avif} sizes={sizes} />
          <source type="image/webp" srcSet={image.srcset.webp} sizes={sizes} />
          <img
            ref={img}
            className={portrait ? "photo__img has-portrait" : "photo__img"}
            src={image.src}
            srcSet={image.srcset.jpeg}
            sizes={sizes}
            width={image.width}
            height={image.height}
            alt={image.alt}
            aria-describedby={describedBy}
            fetchPriority={fetch.priority}
            loading={lazy ? "lazy" : undefined}
            decoding={fetch.priority === "high" ? "sync" : "async"}
            onError={fail}
          />
        </picture>
      )}
      {failed && (
        <p className="photo__missing" aria-hidden="true">
          <span className="photo__missing-label">{say.photoUnavailable}</span> {image.alt}
        </p>
      )}
    </div>
  );
}
