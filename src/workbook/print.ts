/**
 * Every sheet's print setup, so the workbook can be handed on as it is: landscape, all columns on
 * one page's width, a table's header row repeated on each page, and a header naming the workbook,
 * the period and the sheet, with the date printed. The Summary and the Map print on one page.
 * Pure: the Office.js writer (excel/writeSheet.ts) and the .xlsx writer both run it.
 *
 * Pages down are counted, not left to "automatic": Office.js documents fit-to-pages as numbers and
 * says nothing of 0 or null meaning "as many as needed" (PageLayoutZoomOptions), so a sheet is
 * fitted to 1 page across and to enough pages down for its rows, which fits its width either way.
 */
import { periodName } from "../domain/lang";
import { workbookLabels } from "./labels";
import { SHEETS, type WorkbookLang } from "./layout";
import type { PlanPrint, PlanSheet } from "./plan";

/** Rows a landscape page holds at Excel's default row height, with the header and margins. */
export const ROWS_PER_PAGE = 38;
/** Excel's limit on a header's text ("Number of characters in a header or footer: 255"). */
export const HEADER_MAX = 255;

/** The last row (1-based) the sheet writes: its blocks and its tables. */
export function lastRow(sheet: PlanSheet): number {
  return Math.max(
    1,
    ...sheet.blocks.map((b) => b.row + b.cells.length),
    ...sheet.tables.map((t) => t.row + 1 + Math.max(1, t.rows.length))
  );
}

/** Text in an Excel header: "&" is a code there, so a literal one is doubled. */
const headerText = (s: string) => s.replace(/&/g, "&&");

export function printSetup(sheet: PlanSheet, lang: WorkbookLang, period: string): PlanPrint {
  const onePage = sheet.name === SHEETS.summary || sheet.name === SHEETS.map;
  const table = sheet.tables[0];
  const title = headerText(workbookLabels(lang).printTitle(periodName(period, lang)));
  // &A: the sheet's name; &D: the date printed (Excel's header codes, which LibreOffice reads too).
  const center = `${title} — &A`;
  return {
    orientation: "landscape",
    fitWide: 1,
    fitTall: onePage ? 1 : Math.max(1, Math.ceil(lastRow(sheet) / ROWS_PER_PAGE)),
    ...(table && !onePage ? { titleRows: `$${table.row + 1}:$${table.row + 1}` } : {}),
    ...(sheet.printArea ? { area: sheet.printArea } : {}),
    centerHeader: center.length <= HEADER_MAX ? center : "&A",
    rightHeader: "&D",
  };
}

/** The sheets, each with its print setup. */
export function withPrint(
  sheets: readonly PlanSheet[],
  lang: WorkbookLang,
  period: string
): PlanSheet[] {
  return sheets.map((s) => ({ ...s, print: printSetup(s, lang, period) }));
}
