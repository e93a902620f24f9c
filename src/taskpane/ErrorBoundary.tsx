import * as React from "react";
import { Notice } from "./components/Notice";
import { friendlyError } from "./friendlyError";
import { LangContext } from "./i18n";

/** Whatever a panel throws, the pane shows a message instead of going blank. */
export class ErrorBoundary extends React.Component<
  { title: string; children: React.ReactNode },
  { error: unknown }
> {
  static override contextType = LangContext;
  declare context: React.ContextType<typeof LangContext>;
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <Notice intent="error" title={this.props.title}>
          {friendlyError(this.state.error, this.context)}
        </Notice>
      );
    }
    return this.props.children;
  }
}
