import { useMessages } from "../i18n/useMessages";
import { IconButton } from "../icons/IconButton";

/** Opens the current slide's photo large. */
export function EnlargeButton({ onOpen }: { onOpen: (from: HTMLElement) => void }) {
  const say = useMessages();
  return (
    <IconButton
      icon="enlarge"
      label={say.enlargePhoto}
      className="step"
      onClick={(event) => onOpen(event.currentTarget)}
    />
  );
}
