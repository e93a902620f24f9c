/**
 * The pane's tabs, each its own chunk: the first screen fetches only the tab it opens on (Load in
 * Excel, Data in the preview); the others are fetched once the pane is idle (preloadWhenIdle), or
 * when first shown. Not with webpackPrefetch: its links start as the page's scripts run and take
 * the connections the first screen's own chunks are waiting for.
 */
import { lazyView } from "../lazyView";

export const DataPanel = lazyView(() =>
  import(/* webpackChunkName: "panel-data" */ "./DataPanel").then((m) => m.DataPanel)
);
export const LoadPanel = lazyView(() =>
  import(/* webpackChunkName: "panel-load" */ "./LoadPanel").then((m) => m.LoadPanel)
);
export const LaggingPanel = lazyView(() =>
  import(/* webpackChunkName: "panel-lagging" */ "./LaggingPanel").then((m) => m.LaggingPanel)
);
export const ImportPanel = lazyView(() =>
  import(/* webpackChunkName: "panel-import" */ "./ImportPanel").then((m) => m.ImportPanel)
);
export const AuditPanel = lazyView(() =>
  import(/* webpackChunkName: "panel-audit" */ "./AuditPanel").then((m) => m.AuditPanel)
);

/** The tab the pane opens on (App): Load in Excel, Data in the preview. */
export const firstPanel = (host: "excel" | "preview") => (host === "excel" ? LoadPanel : DataPanel);

/** Each tab's view, by the tab's id: choosing a tab fetches its code (again, if it failed before). */
export const PANEL_OF = {
  data: DataPanel,
  load: LoadPanel,
  lagging: LaggingPanel,
  import: ImportPanel,
  audit: AuditPanel,
} as const;

/** Every tab's code, fetched now: for a test that then renders each at once. */
export function preloadPanels(): Promise<void[]> {
  return Promise.all(Object.values(PANEL_OF).map((p) => p.preload()));
}

/**
 * The other tabs' code, fetched once the first screen is up and the page idle, so that a tab opens
 * at once. Safari (Office on Mac) has no requestIdleCallback: a few seconds' wait stands in for it.
 */
export function preloadWhenIdle(): () => void {
  const fetchAll = () => void preloadPanels().catch(() => undefined); // shown later, ErrorBoundary says
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fetchAll, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fetchAll, 3000);
  return () => window.clearTimeout(id);
}
