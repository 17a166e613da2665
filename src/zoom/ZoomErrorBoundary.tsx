import type { ReactNode } from "react";
import { ErrorBoundary } from "../faults/ErrorBoundary";
import { useMessages } from "../i18n/useMessages";

interface ZoomErrorBoundaryProps {
  onRetry: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * If the enlarged view cannot load (its code did not arrive), says so plainly and offers to try
 * again or to close; the story behind it keeps working.
 */
export function ZoomErrorBoundary({ onRetry, onClose, children }: ZoomErrorBoundaryProps) {
  const say = useMessages();
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <div className="zoom-error" role="alertdialog" aria-labelledby="zoom-error-text">
          <p id="zoom-error-text">{say.zoomFailed}</p>
          <div className="zoom-error__actions">
            <button
              type="button"
              className="bar__button"
              onClick={() => {
                retry();
                onRetry();
              }}
            >
              {say.tryAgain}
            </button>
            <button type="button" className="bar__button" onClick={onClose}>
              {say.close}
            </button>
          </div>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
