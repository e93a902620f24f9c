import { downloadWorkbook } from "../xlsx/download";
import { HostError, notice } from "../host/hostMessages";
import type { PaneHost } from "../host/paneHost";
import { type Kept, PREVIEW_IMPORTS_KEY, storage } from "./previewStorage";

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

const notInExcel = () => Promise.reject(new HostError(notice("write-needs-excel")));

/** The standalone preview (a browser without Excel): everything is read-only but the download. */
export const previewHost: PaneHost = {
  kind: "preview",
  load: notInExcel,
  applyThresholds: notInExcel,
  selectSheet: notInExcel,
  selectFinding: () => Promise.resolve(),
  // No workbook to select in: the pane shows the territory's rows in its Data tab instead (App).
  selectTerritory: () => Promise.resolve({ rows: 0, selected: 0 }),
  buildPivot: notInExcel,
  registerCoverageName: () =>
    Promise.resolve({ registered: false, reason: notice("not-in-excel") }),
  checkWorkbook: notInExcel,
  storedRecipe: () => Promise.resolve(null),
  workbookFigures: () => Promise.resolve(null),
  // No workbook: the import joins the page's data, and the browser keeps it (previewStorage.ts).
  saveImports: async (texts, commit) => {
    commit();
    keepPreviewImports(texts, texts[texts.length - 1]?.period ?? "");
  },
  downloadWorkbook: (plan) => downloadWorkbook(plan),
};
