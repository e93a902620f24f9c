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

/**
 * Office keeps at most 2 MB of document settings for each add-in (REF office-js-docs-pr
 * reference/shared/settings.set.md, Remarks: "A maximum of 2MB is available for the settings of
 * each add-in."). What happens past it is not documented (a failed save, or a save that loses the
 * value): so the add-in never tries.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/**
 * The limit is the add-in's, for all its settings: the plan's recipe and the list of its sheets
 * (Excel's workbook.settings, a few KB: 2.4 KB for 100 periods) are kept clear of the imports.
 */
export const IMPORTS_LIMIT_BYTES = SETTINGS_LIMIT_BYTES - 64 * 1024;

/**
 * The stored imports' size as it counts against the limit: their JSON (settings are stored as
 * their JSON, REF office.settings.yml, set), two bytes a UTF-16 code unit, the larger of the ways
 * it may be counted (a Cyrillic letter is two bytes in UTF-8 too).
 */
export function storedImportsBytes(texts: readonly StoredImport[]): number {
  return JSON.stringify(texts).length * 2;
}

/**
 * Writes the imported reports' texts into the document settings and saves them with the workbook.
 * Past the settings limit nothing is written and the user is told; a save that fails puts the
 * previous value back, so the settings, the saved workbook and the pane's store (which commits an
 * import only after this succeeds) never disagree.
 */
export function persistImports(texts: readonly StoredImport[]): Promise<void> {
  const bytes = storedImportsBytes(texts);
  if (bytes > IMPORTS_LIMIT_BYTES)
    return Promise.reject(
      new HostError(
        notice("imports-too-large", {
          periods: texts.length,
          mb: (bytes / 1024 / 1024).toFixed(1),
          limit: (SETTINGS_LIMIT_BYTES / 1024 / 1024).toFixed(0),
        })
      )
    );
  const settings = Office.context.document.settings;
  const previous: unknown = settings.get(IMPORTS_SETTING);
  settings.set(IMPORTS_SETTING, texts);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) return resolve();
      if (previous === null || previous === undefined) settings.remove(IMPORTS_SETTING);
      else settings.set(IMPORTS_SETTING, previous);
      reject(
        new HostError(
          notice("save-imports-failed", { detail: result.error?.message ?? "unknown error" })
        )
      );
    });
  });
}
