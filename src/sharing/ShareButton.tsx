import { useEffect, useRef, useState } from "react";
import { useMessages } from "../i18n/useMessages";
import type { Messages } from "../i18n/Messages";
import { browserShareApis, shareSlide, type ShareOutcome } from "./shareSlide";
import type { ShareTarget } from "./shareTarget";

/** What the reader is told after each outcome; nothing after sharing or cancelling. */
function outcomeMessage(say: Messages, outcome: ShareOutcome | undefined): string | undefined {
  if (outcome === "copied") return say.linkCopied;
  if (outcome === "manual") return say.copyThisLink;
  return undefined;
}

interface ShareButtonProps {
  target: ShareTarget;
  /** Told when the slide was shared or its link copied or shown: not when the reader cancelled. */
  onShared?: ((outcome: Exclude<ShareOutcome, "cancelled">) => void) | undefined;
  /** The button's words, when it shares more than the slide ("Share this story"). */
  label?: string;
  /** The name of the link to copy where sharing is not possible, likewise. */
  fieldLabel?: string;
  /** -1 keeps it out of the Tab order while it is off screen. */
  tabIndex?: number;
}

/** Shares the current slide; says what happened in a message that screen readers hear too. */
export function ShareButton({ target, onShared, label, fieldLabel, tabIndex }: ShareButtonProps) {
  const say = useMessages();
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome === "manual") field.current?.select();
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome(undefined), 2500);
    return () => clearTimeout(timer);
  }, [outcome]);

  const message = outcomeMessage(say, outcome);
  return (
    <div className="share">
      <button
        type="button"
        className="bar__button"
        tabIndex={tabIndex}
        onClick={async () => {
          const shared = await shareSlide(target, browserShareApis());
          setOutcome(shared);
          if (shared !== "cancelled") onShared?.(shared);
        }}
      >
        {label ?? say.share}
      </button>
      <p className="share__status" role="status">
        {message && <span className="share__message">{message}</span>}
        {outcome === "manual" && (
          <input
            ref={field}
            className="share__field"
            readOnly
            value={target.url}
            aria-label={fieldLabel ?? say.linkToThisSlide}
            onBlur={() => setOutcome(undefined)}
          />
        )}
      </p>
    </div>
  );
}
