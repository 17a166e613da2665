import { useEffect, useRef, useState } from "react";
import { useMessages } from "../i18n/useMessages";
import { browserShareApis } from "./shareSlide";

/** The popover's id: one bar per page. */
const EMBED_ID = "embed-code";

/**
 * Share's second offer: the code that shows this slide on another site, in a native popover (so the
 * prerendered page opens it before and without JavaScript), ready to select, with a button that
 * copies it and says so.
 */
export function EmbedButton({ code }: { code: string }) {
  const say = useMessages();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const { writeText } = browserShareApis();
    try {
      if (!writeText) throw new Error("no clipboard");
      await writeText(code);
      setCopied(true);
    } catch {
      // The reader copies it themselves: the code is selected for them.
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <>
      <button type="button" className="bar__button" popoverTarget={EMBED_ID}>
        {say.embed}
      </button>
      <div
        id={EMBED_ID}
        className="bar__popover embed-code"
        popover="auto"
        role="dialog"
        aria-labelledby={`${EMBED_ID}-title`}
      >
        <p className="embed-code__title" id={`${EMBED_ID}-title`}>
          {say.embedThisSlide}
        </p>
        <label className="embed-code__label" htmlFor={`${EMBED_ID}-field`}>
          {say.embedCodeLabel}
        </label>
        <textarea
          ref={field}
          id={`${EMBED_ID}-field`}
          className="embed-code__field"
          dir="ltr"
          readOnly
          rows={5}
          spellCheck={false}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="embed-code__actions">
          <button type="button" className="embed-code__copy" onClick={() => void copy()}>
            {say.copyCode}
          </button>
          <p className="embed-code__status" role="status">
            {copied ? say.codeCopied : ""}
          </p>
        </div>
      </div>
    </>
  );
}
