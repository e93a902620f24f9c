/**
 * The standalone preview keeps the reports imported into it in the browser's own storage
 * (localStorage, this page's origin only), so that a reload of the page does not lose them; in
 * Excel they live in the workbook (src/excel/storedImports.ts). Nothing leaves the browser.
 */
import type { DatasetStore } from "../analysis/datasetStore";
import { HostError, notice } from "../host/hostMessages";

export const PREVIEW_IMPORTS_KEY = "schoolSafetyCoverage.previewImports";

interface Kept {
  period: string;
  text: string;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // a browser that refuses storage to the page throws on the very access
  }
};

/** Keeps the imports; a browser that refuses says why (HostError), the import itself stands. */
export function keepPreviewImports(texts: readonly Kept[], period: string): void {
  try {
    const s = storage();
    if (!s) throw new Error("no local storage");
    s.setItem(PREVIEW_IMPORTS_KEY, JSON.stringify(texts));
  } catch (e) {
    throw new HostError(
      notice("preview-not-kept", { period, detail: e instanceof Error ? e.message : String(e) })
    );
  }
}

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
