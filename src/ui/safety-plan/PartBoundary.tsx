/**
 * An error boundary around one part of a screen, so that a failure there (the local store
 * cannot be read, a record the screen does not expect) leaves the rest of the screen
 * standing. The safety plan uses it so the crisis lines always show (issue #7 item 6).
 *
 * Design choice: the fallback is given by the caller and gets a `retry` that renders the
 * part again, since a store that failed once (a blocked upgrade, a full disk) may work on
 * the next try.
 */
import { Component, type ReactNode } from 'react';

export interface PartBoundaryProps {
  children: ReactNode;
  fallback: (retry: () => void) => ReactNode;
}

interface PartBoundaryState {
  failed: boolean;
}

export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { failed: false };

  static getDerivedStateFromError(): PartBoundaryState {
    return { failed: true };
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
