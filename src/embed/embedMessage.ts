/** The `type` of every message an embed sends its host page. */
export const EMBED_MESSAGE_TYPE = "photostory:embed";
/** Raised only when a field changes meaning or goes; new fields keep the version. */
export const EMBED_MESSAGE_VERSION = 1;
/** The least height an embed asks for, so a slide's words have room under the bar. */
export const MIN_EMBED_HEIGHT = 360;

/**
 * What an embed tells the page that frames it, with `postMessage` to any origin (it holds nothing
 * that the embed's address does not already say): sent when it starts, on every slide change, and
 * whenever its width changes. Documented in the README ("Embeds").
 */
export interface EmbedMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  version: typeof EMBED_MESSAGE_VERSION;
  /** The story's slug, as in its address. */
  story: string;
  /** The slide shown, 1-based. */
  slide: number;
  /** How many slides the story has. */
  slides: number;
  /** The height in CSS pixels the embed wants at its present width (see wantedHeight). */
  height: number;
}

export function embedMessage(
  story: string,
  slide: number,
  slides: number,
  height: number,
): EmbedMessage {
  return { type: EMBED_MESSAGE_TYPE, version: EMBED_MESSAGE_VERSION, story, slide, slides, height };
}

/**
 * The height an embed `width` wide wants for a slide whose photo is `photo` (none for a slide of
 * words): the photo whole at that width, and never less than MIN_EMBED_HEIGHT.
 */
export function wantedHeight(
  width: number,
  photo: { width: number; height: number } | undefined,
): number {
  const photoHeight = photo && photo.width > 0 ? (width * photo.height) / photo.width : 0;
  return Math.max(MIN_EMBED_HEIGHT, Math.round(photoHeight));
}

/** Whether a message a host page receives is one of ours, in a version it understands. */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === EMBED_MESSAGE_TYPE &&
    message.version === EMBED_MESSAGE_VERSION &&
    typeof message.story === "string" &&
    ["slide", "slides", "height"].every((key) => Number.isInteger(message[key]))
  );
}
