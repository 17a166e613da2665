/** The folder of the embed routes: `/embed/<story>/<n>` shows slide n without the site's chrome. */
export const EMBED_PREFIX = "/embed";

/**
 * The address of a slide in an embed. Unlike a slide's own address it always names the slide, 1
 * included: embed code is copied once and should say exactly where it starts.
 */
export function embedPath(slug: string, slideNumber: number): string {
  return `${EMBED_PREFIX}/${slug}/${slideNumber}`;
}

/** Whether the router's `pathname` is an embed route. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
}

/** The address the same page has on the site: `/embed/a/3` → `/a/3`; other addresses as they are. */
export function outsideEmbed(pathname: string): string {
  return isEmbedPath(pathname) ? pathname.slice(EMBED_PREFIX.length) || "/" : pathname;
}
