/** Where the site is served: its origin (https://example.org) and base path ("/" or "/stories/"). */
export interface Site {
  origin: string;
  base: string;
}

/** An address inside the site, with its base path: "/hanoi-summit/3" → "/stories/hanoi-summit/3". */
export function sitePath(site: Site, path: string): string {
  return site.base.replace(/\/$/, "") + path;
}

export function absoluteUrl(site: Site, pathOrAsset: string): string {
  return new URL(pathOrAsset, site.origin).href;
}
