import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { friendlyError } from "./friendlyError";

/** Whatever a panel throws, the pane shows a message instead of going blank. */
export class ErrorBoundary extends React.Component<{ title: string; children: React.ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{this.props.title}</MessageBarTitle>
            {friendlyError(this.state.error)}
          </MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
