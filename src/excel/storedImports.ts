import type { DatasetStore } from "../analysis/datasetStore";
import { HostError, notice } from "../host/hostMessages";
import { parseReport } from "../report/parseReport";

/**
 * Imported reports live in the workbook's document settings (their source text, re-parsed on open),
 * so the custom functions answer with the same periods when the workbook is reopened.
 */
export const IMPORTS_SETTING = "schoolSafetyCoverage.importedReports";

interface StoredImport {
  period: string;
  text: string;
}

function isStoredImport(x: unknown): x is StoredImport {
  return typeof x === "object" && x !== null && typeof (x as StoredImport).text === "string";
}

/** Reads the stored imports into the store. Returns how many periods were restored. */
export function restoreImports(store: DatasetStore): number {
  const stored: unknown = Office.context.document.settings.get(IMPORTS_SETTING);
  if (!Array.isArray(stored)) return 0;
  let restored = 0;
  for (const item of stored.filter(isStoredImport)) {
    const report = parseReport(item.text);
    if (report.records.length === 0) continue;
    store.addImported(report, item.text);
    restored++;
  }
  return restored;
}

/** Writes the imported reports' texts into the document settings and saves them with the workbook. */
export function persistImports(texts: readonly StoredImport[]): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(IMPORTS_SETTING, texts);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new HostError(
            notice("save-imports-failed", { detail: result.error?.message ?? "unknown error" })
          )
        );
    });
  });
}
