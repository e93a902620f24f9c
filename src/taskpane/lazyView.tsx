import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import { useStrings } from "./i18n";

/**
 * A view whose code is its own chunk, fetched the first time it is shown (or preloaded). Once
 * fetched it renders at once, as an ordinary component; until then React.lazy suspends it and the
 * nearest Suspense shows a placeholder. A fetch that failed (the pane went offline) stays failed,
 * so the ErrorBoundary around the view says so, and nothing fetches in a loop, until the view is
 * asked for again (`preload`: the tab is chosen again, the button pressed again).
 */
export interface LazyView<P> {
  (props: P): React.JSX.Element;
  /** Fetches the view's code now (a tab chosen, a hover), or again after a failure. */
  preload(): Promise<void>;
}

export function lazyView<P extends object>(
  load: () => Promise<React.ComponentType<P>>
): LazyView<P> {
  let loaded: React.ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  let failed = false;
  const lazyLoaded = () =>
    React.lazy(async () => {
      await preload();
      return { default: loaded! };
    });
  let lazy = lazyLoaded();
  const preload = (): Promise<void> => {
    if (loaded) return Promise.resolve();
    // React.lazy keeps a failure for good: a fresh one tries again, now that it is asked for.
    if (failed) {
      failed = false;
      lazy = lazyLoaded();
    }
    return (pending ??= load().then(
      (component) => void (loaded = component),
      (error: unknown) => {
        pending = undefined;
        failed = true;
        throw error;
      }
    ));
  };
  function View(props: P): React.JSX.Element {
    return React.createElement(loaded ?? (lazy as unknown as React.ComponentType<P>), props);
  }
  View.preload = preload;
  return View;
}

const usePlaceholderStyles = makeStyles({
  // About a panel's first screen, so that the tabs and the text under them do not jump.
  panel: { minHeight: "60vh", paddingTop: tokens.spacingVerticalS },
  // Wordless bars, as the static shell's (taskpane.html): no spinner code on the first screen.
  bar: {
    height: "10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: `${tokens.spacingVerticalS} 0`,
  },
});

/**
 * What a view shows while its code arrives: a skeleton in the space a panel will take (`inline`:
 * a part of a panel, which takes only a line). Its name (role status) says it is opening.
 */
export function PanelPlaceholder({ inline = false }: { inline?: boolean }): React.JSX.Element {
  const t = useStrings();
  const styles = usePlaceholderStyles();
  const widths = inline ? ["40%"] : ["100%", "70%", "85%", "60%"];
  return (
    <div
      className={inline ? undefined : styles.panel}
      role="status"
      aria-busy="true"
      aria-label={t.opening}
    >
      {widths.map((width) => (
        <div key={width} className={styles.bar} style={{ width }} aria-hidden="true" />
      ))}
    </div>
  );
}

/**
 * A lazy part of a panel (a load's results, the report writer): a line of placeholder while its
 * code arrives and, if it cannot arrive, a message in its place alone, so that the panel around it
 * (its buttons, its outcome, its message) stays. `attempt` counts the presses of what shows the
 * part: a new one tries again.
 */
export function LazyPart({
  attempt,
  retry,
  children,
}: {
  attempt: number;
  retry?: React.ReactNode;
  children: React.ReactNode;
}): React.JSX.Element {
  const t = useStrings();
  return (
    <ErrorBoundary title={t.errorTitle} resetKey={attempt} retry={retry}>
      <React.Suspense fallback={<PanelPlaceholder inline />}>{children}</React.Suspense>
    </ErrorBoundary>
  );
}
