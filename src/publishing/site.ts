import type { Site } from "./siteAddress";

declare const __SITE__: Site;

/** Where this build is served (SITE_ORIGIN and BASE_PATH at build time); see scripts/site.mjs. */
export const SITE: Site = __SITE__;
