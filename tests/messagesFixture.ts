import type { Language } from "../src/i18n/languages";
import { MessageCatalogue } from "../src/i18n/MessageCatalogue";
import type { Messages } from "../src/i18n/Messages";
import ar from "../src/i18n/messages/ar";
import en from "../src/i18n/messages/en";
import ko from "../src/i18n/messages/ko";
import vi from "../src/i18n/messages/vi";

/** Every interface language's strings, by language: what the build ships, one file each. */
export const MESSAGES: Record<Language, Messages> = { en, vi, ko, ar };

/** A catalogue holding every language already, so that a test renders at once in any of them. */
export function makeCatalogue(): MessageCatalogue {
  return new MessageCatalogue(MESSAGES);
}
