/**
 * Which sheets the add-in made, so it never overwrites a sheet of the user's. Kept in the
 * workbook's own settings (Workbook.settings, ExcelApi 1.4): written in the same batch as the load,
 * so it cannot disagree with the sheets, and with no separate saveAsync that could fail unseen.
 * Earlier versions kept the list in the document settings; it is still read from there.
 */
export const OWNED_SHEETS_SETTING = "schoolSafetyCoverage.sheets";

const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Queues the read; the returned function gives the list after the next sync. */
export function queueReadOwnedSheets(context: Excel.RequestContext): () => Set<string> {
  const item = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  item.load("value");
  // The closure is called after the caller's context.sync(): the rule cannot see across it.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () =>
    new Set([
      ...(item.isNullObject ? [] : names(item.value)),
      ...names(Office.context.document.settings.get(OWNED_SHEETS_SETTING)),
    ]);
}

/* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */

export function queueWriteOwnedSheets(
  context: Excel.RequestContext,
  sheets: readonly string[]
): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, [...sheets]);
}
