import { createContext, use, useContext, useEffect, type ReactNode } from "react";
import type { Language } from "./languages";
import type { MessageCatalogue } from "./MessageCatalogue";
import type { Messages } from "./Messages";

interface Speaking {
  catalogue: MessageCatalogue;
  language: Language;
}

const MessagesContext = createContext<Speaking | null>(null);

/** Gives the components below it the interface strings of `language`, from `catalogue`. */
export function MessagesProvider({
  catalogue,
  language,
  children,
}: Speaking & { children: ReactNode }) {
  return <MessagesContext value={{ catalogue, language }}>{children}</MessagesContext>;
}

/**
 * The interface strings of the page's language; fails at once, by name, outside its provider. The
 * page's own language is loaded before the first render, so this returns at once; a move to a story
 * in a language not loaded yet suspends (within the router's transition, so the page being left
 * stays on screen) until it arrives.
 */
export function useMessages(): Messages {
  const speaking = useContext(MessagesContext);
  if (!speaking) throw new Error("useMessages needs a <MessagesProvider> above it");
  const { catalogue, language } = speaking;
  return catalogue.get(language) ?? use(catalogue.whenReady(language));
}

/**
 * Keeps the document's language that of its interface as the reader moves between pages. The
 * prerendered page's <html> has it already.
 */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
