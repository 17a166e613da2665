import type { ExtendTransforms } from "vite-imagetools";

type TransformFactory = ReturnType<ExtendTransforms>[number];

/**
 * The image query parameter that asks to keep a normalized photo's rights metadata. Its value
 * names the rights (ImageFileInfo.rightsKey): vite-imagetools names a variant by its pixels and
 * its parameters, so without it two copies of one photo with different credits would share files.
 */
export const RIGHTS_PARAMETER = "rights";

/**
 * A vite-imagetools directive: the variant keeps the EXIF and XMP of the file it is made from.
 * Only normalized photos ask for it, and their only metadata is the photo's rights
 * (build/normalizePhoto.ts); every other variant is stripped of all metadata.
 */
export const keepRights: TransformFactory = (config, context) => {
  const key = config[RIGHTS_PARAMETER];
  if (typeof key !== "string" || !key) return undefined;
  context.useParam(RIGHTS_PARAMETER);
  return (image) => image.keepExif().keepXmp();
};
