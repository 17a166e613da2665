import type { Messages } from "./Messages";
import type { Language } from "./languages";
import { loadMessages } from "./loadMessages";

type Loader = (language: Language) => Promise<Messages>;

/**
 * The interface languages this page has loaded, and the loading of others. Framework-free, as the
 * story library is: the app loads the page's own language before its first render (mountApp.tsx)
 * and React reads it synchronously (useMessages); a move to a story in another language loads that
 * one then.
 */
export class MessageCatalogue {
  private readonly loaded = new Map<Language, Messages>();
  private readonly loads = new Map<Language, Promise<Messages>>();
  private readonly settled = new Map<Language, Promise<Messages>>();
  private readonly loader: Loader;

  /** `preloaded`: languages already in hand (tests hold every one); `loader` fetches the others. */
  constructor(preloaded: Partial<Record<Language, Messages>> = {}, loader: Loader = loadMessages) {
    this.loader = loader;
    for (const [language, messages] of Object.entries(preloaded))
      this.loaded.set(language as Language, messages);
  }

  /** The messages of `language`, if they are here. */
  get(language: Language): Messages | undefined {
    return this.loaded.get(language);
  }

  /** Loads `language` once; a load that failed is tried again on the next call. */
  load(language: Language): Promise<Messages> {
    const here = this.loaded.get(language);
    if (here) return Promise.resolve(here);
    const known = this.loads.get(language);
    if (known) return known;
    const loading = this.loader(language).then(
      (messages) => {
        this.loaded.set(language, messages);
        return messages;
      },
      (error: unknown) => {
        this.loads.delete(language);
        throw error;
      },
    );
    this.loads.set(language, loading);
    return loading;
  }

  /**
   * What to render in `language`, for React's `use`: the same promise on every call, which
   * resolves to that language's messages, or, if they cannot be had, to those of the language the
   * page already speaks. A reader offline keeps a working interface in the wrong language rather
   * than an error page; the next page load asks again.
   */
  whenReady(language: Language): Promise<Messages> {
    const known = this.settled.get(language);
    if (known) return known;
    const ready = this.load(language).catch((error: unknown) => {
      const [spoken] = this.loaded.values();
      if (spoken) return spoken;
      throw error;
    });
    this.settled.set(language, ready);
    return ready;
  }
}
