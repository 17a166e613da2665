import { Component, type ReactNode } from "react";

interface ZoomErrorBoundaryProps {
  onRetry: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * If the enlarged view cannot load (its code did not arrive), says so plainly and offers to try
 * again or to close; the story behind it keeps working.
 */
export class ZoomErrorBoundary extends Component<ZoomErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="zoom-error" role="alertdialog" aria-labelledby="zoom-error-text">
        <p id="zoom-error-text">
          The enlarged photo could not be loaded. Check the connection and try again.
        </p>
        <div className="zoom-error__actions">
          <button
            type="button"
            className="bar__button"
            onClick={() => {
              this.setState({ failed: false });
              this.props.onRetry();
            }}
          >
            Try again
          </button>
          <button type="button" className="bar__button" onClick={this.props.onClose}>
            Close
          </button>
        </div>
      </div>
    );
  }
}
