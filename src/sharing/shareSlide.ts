import type { ShareTarget } from "./shareTarget";

/** How a share ended: the system sheet, the clipboard, the reader's own copy, or nothing. */
export type ShareOutcome = "shared" | "copied" | "manual" | "cancelled";

interface ShareApis {
  share?: ((data: ShareData) => Promise<void>) | undefined;
  writeText?: ((text: string) => Promise<void>) | undefined;
}

/**
 * Shares with the Web Share API where the browser has it; otherwise copies the address; and when
 * the clipboard is refused, asks the reader to copy it themselves ("manual").
 */
export async function shareSlide(target: ShareTarget, apis: ShareApis): Promise<ShareOutcome> {
  if (apis.share) {
    try {
      await apis.share({ title: target.title, text: target.text, url: target.url });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // Refused (no user gesture, unsupported data): fall back to the clipboard.
    }
  }
  if (apis.writeText) {
    try {
      await apis.writeText(target.url);
      return "copied";
    } catch {
      return "manual";
    }
  }
  return "manual";
}

/** The share APIs of this browser, bound so they can be called on their own. */
export function browserShareApis(): ShareApis {
  const nav = typeof navigator === "undefined" ? undefined : navigator;
  return {
    share: typeof nav?.share === "function" ? nav.share.bind(nav) : undefined,
    writeText: nav?.clipboard?.writeText ? nav.clipboard.writeText.bind(nav.clipboard) : undefined,
  };
}
