import { useEffect, useRef, useState } from "react";
import { browserShareApis, shareSlide, type ShareOutcome } from "./shareSlide";
import type { ShareTarget } from "./shareTarget";

const MESSAGES: Partial<Record<ShareOutcome, string>> = {
  copied: "Link copied",
  manual: "Copy this link:",
};

/** Shares the current slide; says what happened in a message that screen readers hear too. */
export function ShareButton({ target }: { target: ShareTarget }) {
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome === "manual") field.current?.select();
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome(undefined), 2500);
    return () => clearTimeout(timer);
  }, [outcome]);

  const message = outcome && MESSAGES[outcome];
  return (
    <div className="share">
      <button
        type="button"
        className="bar__button"
        onClick={async () => setOutcome(await shareSlide(target, browserShareApis()))}
      >
        Share
      </button>
      <p className="share__status" role="status">
        {message && <span className="share__message">{message}</span>}
        {outcome === "manual" && (
          <input
            ref={field}
            className="share__field"
            readOnly
            value={target.url}
            aria-label="Link to this slide"
            onBlur={() => setOutcome(undefined)}
          />
        )}
      </p>
    </div>
  );
}
