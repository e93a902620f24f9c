import * as React from "react";
import type { DatasetStore } from "../../analysis/datasetStore";
import { loadMessageTexts } from "../../host/messageTexts";
import type { PaneHost } from "../../host/paneHost";
import type { WorkbookPlan } from "../../workbook/plan";

/** The plan a workbook's sheets hold, as far as the pane knows it; awaited by whatever needs it. */
export type HeldPlan = () => Promise<WorkbookPlan | undefined>;

async function readStoredPlan(host: PaneHost, store: DatasetStore) {
  const stored = await host.storedRecipe();
  if (stored === null || stored === undefined) return undefined;
  const { readRecipe, replan } = await import(
    /* webpackChunkName: "planner" */ "../../workbook/recipe"
  );
  // The sheets say their findings in the workbook's language: the same words are planned here.
  const lang = readRecipe(stored)?.options.lang;
  if (lang) await loadMessageTexts(lang);
  return replan(stored, store.dataset.reportList()) ?? undefined;
}

/**
 * A pane opened on a workbook loaded earlier: the plan its sheets hold, rebuilt from the recipe the
 * load stored, so that Check workbook compares with it and a failed reload can put those sheets
 * back. Read when the Load tab first shows without one, after it has painted: the Excel host and
 * the planner are fetched then, not before the pane's first screen. A click that comes before the
 * read ends waits for it (the returned function), rather than acting on a plan of the pane's own.
 * A read that failed (a chunk that did not arrive, Office refusing) is tried again by the next
 * click, whose action then says why if it fails again: never taken as "no recipe", which would let
 * a reload lose the sheets' plan.
 */
export function useStoredPlan(
  host: PaneHost,
  store: DatasetStore,
  known: WorkbookPlan | undefined,
  onRestored: (plan: WorkbookPlan) => void
): HeldPlan {
  const reading = React.useRef<Promise<WorkbookPlan | undefined> | null>(null);
  const wanted = host.kind === "excel" && known === undefined;
  const read = React.useCallback(() => {
    const attempt = readStoredPlan(host, store);
    reading.current = attempt;
    attempt.catch(() => {
      if (reading.current === attempt) reading.current = null;
    });
    return attempt;
  }, [host, store]);
  React.useEffect(() => {
    if (!wanted) return;
    let live = true;
    read().then(
      (plan) => {
        if (live && plan) onRestored(plan);
      },
      () => undefined // said by the click that reads it again
    );
    return () => {
      live = false;
    };
    // Once per showing of the tab: onRestored is a new function on every render of the pane.
  }, [read, wanted]);
  return () => {
    if (known !== undefined) return Promise.resolve(known);
    if (!wanted) return Promise.resolve(undefined);
    return reading.current ?? read();
  };
}
