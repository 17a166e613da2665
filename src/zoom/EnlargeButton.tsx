import { IconButton } from "../icons/IconButton";

/** Opens the current slide's photo large. */
export function EnlargeButton({ onOpen }: { onOpen: (from: HTMLElement) => void }) {
  return (
    <IconButton
      icon="enlarge"
      label="Enlarge photo"
      className="step"
      onClick={(event) => onOpen(event.currentTarget)}
    />
  );
}
