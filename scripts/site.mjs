// Where the built site will be served, from the environment:
//   SITE_ORIGIN  the origin share cards and canonical links use (default http://localhost:4173)
//   BASE_PATH    the folder the site lives in on that origin (default /)
//   SITE_LANG    the interface language of the pages outside a story (default en)
//   READING_ENDPOINT  where readers' figures are sent (default: nowhere; see the README)

/**
 * Where the site is served: an origin, and the folder on it, with a slash at each end.
 * @typedef {{ origin: string; base: string }} Site
 */

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {Site}
 */
export function siteFromEnv(env = process.env) {
  const origin = new URL(env.SITE_ORIGIN ?? "http://localhost:4173").origin;
  const raw = env.BASE_PATH ?? "/";
  const base = `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return { origin, base };
}

/**
 * The language tag of the pages outside a story: the story list and the not-found page. The app
 * reads it as src/i18n/siteLanguage.ts, and falls back to English for a language it has no
 * catalogue for.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function siteLanguageFromEnv(env = process.env) {
  return env.SITE_LANG?.trim() || "en";
}

/** Hosts a reading endpoint may be reached over plain http on: this machine only. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The address reading figures are sent to, READING_ENDPOINT, or undefined when the build sends
 * none (unset or empty). It must be an absolute https address (http only on this machine, for
 * tests), without credentials or a fragment: readers' figures never travel in clear text.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | undefined}
 */
export function readingEndpointFromEnv(env = process.env) {
  const raw = env.READING_ENDPOINT?.trim();
  if (!raw) return undefined;
  /** @param {string} why */
  const refuse = (why) => new Error(`READING_ENDPOINT=${raw}: ${why}`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("is not an absolute address (https://…)");
  }
  const secure =
    url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  if (!secure) throw refuse("must be https (http only for localhost)");
  if (url.username || url.password) throw refuse("must not carry a user name or password");
  if (url.hash) throw refuse("must not have a fragment (#…)");
  return url.href;
}
