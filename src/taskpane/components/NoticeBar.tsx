import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import type { NoticeProps } from "./Notice";

/** Fluent's MessageBar for a Notice: fetched with the first notice the pane shows. */
export function NoticeBar({ intent, title, children }: NoticeProps): React.JSX.Element {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
