import { escapeHtml } from "../publishing/escapeHtml";

/** The size the embed code asks for: a portrait box, as the slides are read on a phone. */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 800;

interface EmbedCodeOptions {
  /** The embed's absolute address. */
  src: string;
  /** The frame's accessible name: the slide's title and the story's headline. */
  title: string;
}

/**
 * The code another site pastes to show a slide: a box as wide as its column (at most
 * EMBED_WIDTH) that keeps the embed's proportions, with the iframe filling it. Styles are inline,
 * since the host's stylesheet is not ours; the frame loads when it nears the screen.
 */
export function embedCode({ src, title }: EmbedCodeOptions): string {
  return (
    `<div style="position:relative;width:100%;max-width:${EMBED_WIDTH}px;aspect-ratio:${EMBED_WIDTH}/${EMBED_HEIGHT}">` +
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" allow="fullscreen" ` +
    `style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe></div>`
  );
}
