import type { ExtendTransforms } from "vite-imagetools";

type TransformFactory = ReturnType<ExtendTransforms>[number];

/** The image query parameter that asks to keep a normalized photo's rights metadata. */
export const RIGHTS_DIRECTIVE = "rights=keep";
const [PARAMETER] = RIGHTS_DIRECTIVE.split("=");

/**
 * A vite-imagetools directive: the variant keeps the EXIF and XMP of the file it is made from.
 * Only normalized photos ask for it, and their only metadata is the photo's rights
 * (build/normalizePhoto.ts); every other variant is stripped of all metadata.
 */
export const keepRights: TransformFactory = (config, context) => {
  if (!PARAMETER || config[PARAMETER] !== "keep") return undefined;
  context.useParam(PARAMETER);
  return (image) => image.keepExif().keepXmp();
};
