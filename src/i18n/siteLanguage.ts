import { interfaceLanguage } from "./languages";

declare const __SITE_LANG__: string;

/**
 * The interface language of every page outside a story (the story list, the not-found page):
 * SITE_LANG at build time, see scripts/site.mjs; English when it names a language with no catalogue.
 */
export const SITE_LANGUAGE = interfaceLanguage(__SITE_LANG__);
