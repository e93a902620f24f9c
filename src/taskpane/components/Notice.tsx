import * as React from "react";
import { lazyView } from "../lazyView";

export interface NoticeProps {
  intent: "error" | "warning" | "success";
  title?: string;
  children: React.ReactNode;
}

const NoticeBar = lazyView(() =>
  import(/* webpackChunkName: "notice-bar" */ "./NoticeBar").then((m) => m.NoticeBar)
);

/** The notice's words, plain: while the bar's code arrives, and for good should it not arrive. */
function PlainNotice({ intent, title, children }: NoticeProps): React.JSX.Element {
  return (
    <div role={intent === "success" ? "status" : "alert"}>
      {title && <strong>{title} </strong>}
      {children}
    </div>
  );
}

class PlainIfBarFails extends React.Component<NoticeProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <PlainNotice {...this.props} /> : this.props.children;
  }
}

/**
 * What the shell and the tab the pane opens on have to say when something went wrong: Fluent's
 * MessageBar, whose code (and its icons) the first screen does not carry, since most panes never
 * show one. The words show at once; the bar follows. A pane gone offline still says them, plain.
 */
export function Notice(props: NoticeProps): React.JSX.Element {
  return (
    <PlainIfBarFails {...props}>
      <React.Suspense fallback={<PlainNotice {...props} />}>
        <NoticeBar {...props} />
      </React.Suspense>
    </PlainIfBarFails>
  );
}
