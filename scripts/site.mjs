// Where the built site will be served, from the environment:
//   SITE_ORIGIN  the origin share cards and canonical links use (default http://localhost:4173)
//   BASE_PATH    the folder the site lives in on that origin (default /)
//   SITE_LANG    the interface language of the pages outside a story (default en)

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
