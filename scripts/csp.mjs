// The Content-Security-Policy of the site: everything from its own origin, no inline or eval'd
// script, inline styles allowed (React writes style attributes; the first screen's CSS is inlined).
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

/** The policy for a <meta> tag: browsers ignore frame-ancestors there, and say so in the console. */
export const CSP_META = Object.entries(DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join("; ");

/** The policy for an HTTP header, where frame-ancestors works. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
