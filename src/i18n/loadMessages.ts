import type { Messages } from "./Messages";
import type { Language } from "./languages";

/**
 * One loader per language, each its own chunk: a page fetches its own language's strings and no
 * other's. Typed by Language, so a language listed without a catalogue (or the reverse) fails the
 * typecheck.
 */
const LOADERS: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import("./messages/en"),
  vi: () => import("./messages/vi"),
  ko: () => import("./messages/ko"),
  ar: () => import("./messages/ar"),
};

/** Fetches the catalogue of one interface language. */
export async function loadMessages(language: Language): Promise<Messages> {
  return (await LOADERS[language]()).default;
}
