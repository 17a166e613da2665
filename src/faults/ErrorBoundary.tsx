import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What stands in place of the children once they have thrown; `retry` draws them again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches what its children throw while rendering and shows the fallback instead. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => this.setState({ failed: false }));
  }
}
