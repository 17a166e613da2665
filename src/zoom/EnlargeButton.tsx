/** Opens the current slide's photo large. */
export function EnlargeButton({ onOpen }: { onOpen: (from: HTMLElement) => void }) {
  return (
    <button
      type="button"
      className="step step--enlarge"
      aria-label="Enlarge photo"
      onClick={(event) => onOpen(event.currentTarget)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7" />
      </svg>
    </button>
  );
}
