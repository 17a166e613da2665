import { createContext, use, useContext, useEffect, type ReactNode } from "react";
import type { Language } from "./languages";
import { textDirection, type Direction } from "../story/textDirection";
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
 * The way the interface's own strings run: left to right for an English interface on a Hebrew
 * story's mirrored page, whose counter must still read "1 / 4".
 */
export function useInterfaceDirection(): Direction {
  const speaking = useContext(MessagesContext);
  if (!speaking) throw new Error("useInterfaceDirection needs a <MessagesProvider> above it");
  return textDirection(speaking.language);
}

/**
 * Keeps the document's language that of its interface, and its direction that of the page (a
 * right-to-left story's pages are mirrored), as the reader moves between pages. The prerendered
 * page's <html> has both already.
 */
export function useDocumentLanguage(language: Language, dir: Direction): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [language, dir]);
}
