/**
 * The first half of the address rule: runs of slashes become one, a trailing "index.html" and a
 * trailing slash are dropped ("/" stays "/"). The story route then drops leading zeros and "/1".
 */
export function canonicalPathname(pathname: string): string {
  const collapsed = pathname.replace(/\/{2,}/g, "/").replace(/\/index\.html$/i, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, "") : "/";
}
