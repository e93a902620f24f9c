import type { DatasetStore } from "../analysis/datasetStore";
import { restoreImports } from "./storedImports";

/**
 * Runs with the functions chunk, before the task pane's code: as soon as Office is ready, the
 * workbook's imported reports are restored and the functions released. The pane is not waited for.
 */
export function restoreWhenOfficeReady(store: DatasetStore): void {
  if (typeof Office === "undefined") {
    store.setReady();
    return;
  }
  Office.onReady(async (info) => {
    if (info.host === Office.HostType.Excel) {
      try {
        await restoreImports(store);
      } catch (e) {
        store.startupProblem = await restoreProblem(e);
      }
    }
    store.setReady();
  });
}

/**
 * What the pane says when the imports could not be restored. The messages' catalogue is the
 * pane's, fetched only to say this; should even that fail, the error as it came.
 */
async function restoreProblem(e: unknown): Promise<Error> {
  const detail = e instanceof Error ? e.message : String(e);
  try {
    const { HostError, notice } = await import(
      /* webpackChunkName: "host-messages" */ "../host/hostMessages"
    );
    return new HostError(notice("restore-failed", { detail }));
  } catch {
    return e instanceof Error ? e : new Error(detail);
  }
}
