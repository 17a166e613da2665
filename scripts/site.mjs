// Where the built site will be served, from the environment:
//   SITE_ORIGIN  the origin share cards and canonical links use (default http://localhost:4173)
//   BASE_PATH    the folder the site lives in on that origin (default /)

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
