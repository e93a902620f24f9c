/**
 * The standalone preview keeps the reports imported into it in the browser's own storage
 * (localStorage, this page's origin only), so that a reload of the page does not lose them; in
 * Excel they live in the workbook (src/excel/storedImports.ts). Nothing leaves the browser.
 * Here, what the page needs when it opens; keeping an import is the preview host's (previewHost.ts).
 */
import type { DatasetStore } from "../analysis/datasetStore";

export const PREVIEW_IMPORTS_KEY = "schoolSafetyCoverage.previewImports";

export interface Kept {
  period: string;
  text: string;
}

/** The page's local storage, or null where the browser refuses it. */
export const storage = (): Storage | null => {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // a browser that refuses storage to the page throws on the very access
  }
};

/** The imports kept by an earlier visit, back into the store (the parser loaded only if there are some). */
export async function restorePreviewImports(store: DatasetStore): Promise<number> {
  let kept: unknown;
  try {
    kept = JSON.parse(storage()?.getItem(PREVIEW_IMPORTS_KEY) ?? "[]");
  } catch {
    return 0;
  }
  if (!Array.isArray(kept)) return 0;
  const texts = kept.filter(
    (k): k is Kept => typeof k === "object" && k !== null && typeof k.text === "string"
  );
  if (!texts.length) return 0;
  const { parseReport } = await import(/* webpackChunkName: "parser" */ "../report/parseReport");
  let restored = 0;
  for (const { text } of texts) {
    const report = parseReport(text);
    if (report.records.length === 0 || report.period === null) continue;
    store.addImported(report, text);
    restored++;
  }
  return restored;
}
