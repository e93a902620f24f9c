import type { WorkbookPlan } from "../workbook/plan";

/** Offers bytes as a file download (the browser's own save, through a link's `download`). */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The plan as an .xlsx download. ExcelJS is loaded only now (its own chunk), not at first paint. */
export async function downloadWorkbook(
  plan: WorkbookPlan,
  fileName = "school-safety-coverage.xlsx"
): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "./writeXlsx");
  offerDownload(
    await writeXlsx(plan),
    fileName,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  );
}
