/** The interface languages that have a catalogue in messages/, by their primary language subtag. */
export const LANGUAGES = ["en", "vi", "ko", "ar"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language the interface falls back to when a story's language has no catalogue. */
export const FALLBACK_LANGUAGE: Language = "en";

const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

/**
 * The interface language for a BCP 47 tag: its primary subtag when that has a catalogue
 * ("vi-VN" → "vi", "AR" → "ar"), or else `fallback`. A region or script never needs its own
 * catalogue for these short strings; a language that does can be added as its own file.
 */
export function interfaceLanguage(
  tag: string | undefined,
  fallback: Language = FALLBACK_LANGUAGE,
): Language {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isLanguage(primary) ? primary : fallback;
}
