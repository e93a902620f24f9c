import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import type { PaneHost } from "../../host/paneHost";
import type { WorkbookPlan } from "../../workbook/plan";

/** The plan a workbook's sheets hold, as far as the pane knows it; awaited by whatever needs it. */
export type HeldPlan = () => Promise<WorkbookPlan | undefined>;

async function readStoredPlan(host: PaneHost, store: DatasetStore) {
  const stored = await host.storedRecipe();
  if (stored === null || stored === undefined) return undefined;
  const { replan } = await import(/* webpackChunkName: "planner" */ "../../workbook/recipe");
  return replan(stored, store.dataset.reportList()) ?? undefined;
}

/**
 * A pane opened on a workbook loaded earlier: the plan its sheets hold, rebuilt from the recipe the
 * load stored, so that Check workbook compares with it and a failed reload can put those sheets
 * back. Read when the Load tab first shows without one, after it has painted: the Excel host and
 * the planner are fetched then, not before the pane's first screen. A click that comes before the
 * read ends waits for it (the returned function), rather than acting on a plan of the pane's own.
 */
export function useStoredPlan(
  host: PaneHost,
  store: DatasetStore,
  known: WorkbookPlan | undefined,
  onRestored: (plan: WorkbookPlan) => void
): HeldPlan {
  const reading = React.useRef<Promise<WorkbookPlan | undefined> | null>(null);
  const wanted = host.kind === "excel" && known === undefined;
  React.useEffect(() => {
    if (!wanted) return;
    let live = true;
    // A recipe that cannot be read is a workbook without one: the next load writes a fresh one.
    const read = readStoredPlan(host, store).catch(() => undefined);
    reading.current = read;
    void read.then((plan) => {
      if (live && plan) onRestored(plan);
    });
    return () => {
      live = false;
    };
    // Once per showing of the tab: onRestored is a new function on every render of the pane.
  }, [host, store, wanted]);
  return () =>
    known !== undefined ? Promise.resolve(known) : (reading.current ?? Promise.resolve(undefined));
}
