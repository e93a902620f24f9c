import * as React from "react";
import { Notice } from "./components/Notice";
import { friendlyError } from "./friendlyError";
import { LangContext } from "./i18n";

interface ErrorBoundaryProps {
  title: string;
  children: React.ReactNode;
  /**
   * What asks for the content again (a tab chosen, a button pressed): when it changes, a boundary
   * that shows an error renders its content anew. A boundary without an error is left as it is.
   */
  resetKey?: unknown;
  /** Shown under the message: a way to try again where nothing else on the panel offers one. */
  retry?: React.ReactNode;
}

/** Whatever a panel throws, the pane shows a message instead of going blank. */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, { error: unknown }> {
  static override contextType = LangContext;
  declare context: React.ContextType<typeof LangContext>;
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return (
        <>
          <Notice intent="error" title={this.props.title}>
            {friendlyError(this.state.error, this.context)}
          </Notice>
          {this.props.retry}
        </>
      );
    }
    return this.props.children;
  }
}
