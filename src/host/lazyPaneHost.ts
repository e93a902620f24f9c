import type { PaneHost } from "./paneHost";

type HostCalls = Omit<PaneHost, "kind">;

/**
 * A PaneHost whose code is fetched on its first call: the Excel host (Office.js calls, the writer
 * and the checker) and the preview's are their own chunks, so the pane's first screen does not
 * wait for them. Every call of the seam returns a promise already, so waiting for the code is
 * invisible to the pane. A failed fetch fails that call (the pane says why) and the next call tries again.
 */
export function lazyPaneHost(kind: PaneHost["kind"], load: () => Promise<PaneHost>): PaneHost {
  let pending: Promise<PaneHost> | undefined;
  const host = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  const later =
    <K extends keyof HostCalls>(name: K) =>
    (...args: Parameters<HostCalls[K]>) =>
      host().then((h) => (h[name] as (...a: Parameters<HostCalls[K]>) => unknown)(...args));
  // Listed one by one, so that a call added to PaneHost fails to compile until it is added here.
  const calls: { [K in keyof HostCalls]: (...args: Parameters<HostCalls[K]>) => unknown } = {
    load: later("load"),
    applyThresholds: later("applyThresholds"),
    selectSheet: later("selectSheet"),
    selectFinding: later("selectFinding"),
    selectTerritory: later("selectTerritory"),
    buildPivot: later("buildPivot"),
    registerCoverageName: later("registerCoverageName"),
    checkWorkbook: later("checkWorkbook"),
    storedRecipe: later("storedRecipe"),
    workbookFigures: later("workbookFigures"),
    saveImports: later("saveImports"),
    downloadWorkbook: later("downloadWorkbook"),
  };
  return { kind, ...(calls as HostCalls) };
}
