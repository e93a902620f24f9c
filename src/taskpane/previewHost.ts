import { downloadWorkbook } from "../xlsx/download";
import type { PaneHost } from "../host/paneHost";

const notInExcel = () =>
  Promise.reject(
    new Error("Open the add-in in Excel to write into a workbook; here you can download it.")
  );

/** The standalone preview (a browser without Excel): everything is read-only but the download. */
export const previewHost: PaneHost = {
  kind: "preview",
  load: notInExcel,
  applyThresholds: notInExcel,
  selectSheet: notInExcel,
  selectFinding: () => Promise.resolve(),
  buildPivot: notInExcel,
  registerCoverageName: () => Promise.resolve({ registered: false, reason: "Not in Excel." }),
  checkWorkbook: notInExcel,
  storedRecipe: () => Promise.resolve(null),
  saveImports: () => Promise.resolve(),
  downloadWorkbook: (plan) => downloadWorkbook(plan),
};
