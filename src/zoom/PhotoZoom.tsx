import Lightbox from "yet-another-react-lightbox";
import Zoom from "yet-another-react-lightbox/plugins/zoom";
import "yet-another-react-lightbox/styles.css";
import { useMessages } from "../i18n/useMessages";
import { parseSrcset } from "../images/parseSrcset";
import { photoRightsLine } from "../story/photoCredit";
import type { StoryImage } from "../story/storyTypes";

interface PhotoZoomProps {
  image: StoryImage;
  onClose: () => void;
}

const NO_BUTTON = () => null;

/**
 * The photo large, over everything: pinch, double-tap, wheel and keyboard zoom, drag to pan,
 * Escape or the close button to leave. A lightbox library does the gestures; this module loads
 * only when a photo is opened.
 */
export default function PhotoZoom({ image, onClose }: PhotoZoomProps) {
  const say = useMessages();
  const ratio = image.height / image.width;
  const rights = photoRightsLine(image);
  const srcSet = parseSrcset(image.srcset.webp).map(({ src, width }) => ({
    src,
    width,
    height: Math.round(width * ratio),
  }));
  return (
    <Lightbox
      open
      close={onClose}
      plugins={[Zoom]}
      slides={[
        { src: image.src, alt: image.alt, width: image.width, height: image.height, srcSet },
      ]}
      carousel={{ finite: true }}
      controller={{ closeOnBackdropClick: true, closeOnPullDown: true }}
      zoom={{ scrollToZoom: true, maxZoomPixelRatio: 2 }}
      render={{
        buttonPrev: NO_BUTTON,
        buttonNext: NO_BUTTON,
        // The credit stays with the photo when it is shown large.
        controls: () =>
          rights !== undefined && (
            <p className="zoom__credit">
              {say.photoLabel} {rights}
            </p>
          ),
      }}
      labels={{ Lightbox: say.enlargedPhoto, Close: say.closePhoto }}
    />
  );
}
