import { useInterfaceDirection, useMessages } from "../i18n/useMessages";

/**
 * Where the reader is, "3 / 7", and in words for screen readers. Numbers alone take the page's
 * direction, so the counter is written in its interface's: an English interface on a mirrored
 * Hebrew story still reads "1 / 4".
 */
export function BarCounter({ slideNumber, count }: { slideNumber: number; count: number }) {
  const say = useMessages();
  return (
    <p className="bar__counter" dir={useInterfaceDirection()}>
      <span aria-hidden="true">{say.counter(slideNumber, count)}</span>
      <span className="visually-hidden">{say.slideOfCount(slideNumber, count)}</span>
    </p>
  );
}
