import type { DatasetStore } from "../analysis/datasetStore";
import { HostError, notice } from "../host/hostMessages";
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
        store.startupProblem = new HostError(
          notice("restore-failed", { detail: e instanceof Error ? e.message : String(e) })
        );
      }
    }
    store.setReady();
  });
}
