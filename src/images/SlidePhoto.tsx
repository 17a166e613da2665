import { useState } from "react";
import type { StoryImage } from "../story/storyTypes";
import type { PhotoFetch } from "./fetchPolicy";
import { coverSizes, focusPosition } from "./photoSizes";

/**
 * A photo that covers its box around its focal point, in the best format the browser reads,
 * over a blurred preview that holds its place until it arrives. If it never does, the preview
 * stays, with a note that says what the photo shows.
 */
export function SlidePhoto({ image, fetch }: { image: StoryImage; fetch: PhotoFetch }) {
  const position = focusPosition(image.focus);
  const sizes = coverSizes(image.width, image.height);
  const [failed, setFailed] = useState(false);
  return (
    <div
      className={failed ? "photo is-failed" : "photo"}
      style={{ backgroundImage: `url("${image.placeholder}")`, backgroundPosition: position }}
    >
      <picture>
        <source type="image/avif" srcSet={image.srcset.avif} sizes={sizes} />
        <source type="image/webp" srcSet={image.srcset.webp} sizes={sizes} />
        <img
          className="photo__img"
          src={image.src}
          srcSet={image.srcset.jpeg}
          sizes={sizes}
          width={image.width}
          height={image.height}
          alt={image.alt}
          loading={fetch.loading}
          fetchPriority={fetch.fetchPriority}
          decoding={fetch.fetchPriority === "high" ? "sync" : "async"}
          style={{ objectPosition: position }}
          onError={() => setFailed(true)}
        />
      </picture>
      {failed && (
        <p className="photo__missing" aria-hidden="true">
          <span className="photo__missing-label">Photo unavailable</span> {image.alt}
        </p>
      )}
    </div>
  );
}
