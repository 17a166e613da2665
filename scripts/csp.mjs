// The Content-Security-Policy of the site: everything from its own origin, no inline or eval'd
// script, inline styles allowed (React writes style attributes; the first screen's CSS is inlined).
// A build with READING_ENDPOINT may also connect to that endpoint's origin, and to nothing else.
const DIRECTIVES = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "manifest-src": "'self'",
  "worker-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/**
 * The policy for a <meta> tag: browsers ignore frame-ancestors there, and say so in the console.
 * @param {string} [readingEndpoint] where reading figures go (scripts/site.mjs), if anywhere
 * @returns {string}
 */
export function cspMeta(readingEndpoint) {
  const connect = readingEndpoint
    ? `'self' ${new URL(readingEndpoint).origin}`
    : DIRECTIVES["connect-src"];
  return Object.entries({ ...DIRECTIVES, "connect-src": connect })
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/**
 * The policy for an HTTP header, where frame-ancestors works.
 * @param {string} [readingEndpoint]
 * @returns {string}
 */
export function cspHeader(readingEndpoint) {
  return `${cspMeta(readingEndpoint)}; frame-ancestors 'none'`;
}

/**
 * The policy of an embed's page (/embed/…), which any site may frame: embed code is pasted into
 * pages we cannot list. Everything else stays as on the site's own pages.
 * @param {string} [readingEndpoint]
 * @returns {string}
 */
export function cspEmbedHeader(readingEndpoint) {
  return `${cspMeta(readingEndpoint)}; frame-ancestors *`;
}

/** The policy of a build that sends no reading figures, for a <meta> tag. */
export const CSP_META = cspMeta();

/** The policy of a build that sends no reading figures, as a header (deploy/security-headers.conf). */
export const CSP_HEADER = cspHeader();

/** The policy of an embed's page in a build that sends no reading figures, as a header. */
export const CSP_EMBED_HEADER = cspEmbedHeader();
