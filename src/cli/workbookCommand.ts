import { writeFileSync } from "node:fs";
import type { Report } from "../domain/report";
import type { WorkbookLang } from "../workbook/layout";
import { planWorkbook } from "../workbook/planWorkbook";
import { writeXlsx } from "../xlsx/writeXlsx";

export async function writeWorkbookFile(
  reports: readonly Report[],
  out: string,
  lang: WorkbookLang = "en"
): Promise<void> {
  writeFileSync(out, await writeXlsx(planWorkbook(reports, { lang })));
}
