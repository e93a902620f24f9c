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
import type { PlanCell, PlanPrint, PlanSheet } from "./plan";

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

/** Widest a column grows to show its header (characters); a longer header is cut, as before. */
export const HEADER_WIDTH_MAX = 40;

/** A header cell's text (a formula's header is sized by its own column). */
const cellText = (cell: PlanCell) => (typeof cell === "string" ? cell : "");

/** How wide (characters) a column must be to show a bold header: a little over its length. */
const headerWidth = (text: string) => Math.min(HEADER_WIDTH_MAX, Math.ceil(text.length * 1.15) + 2);

/**
 * The sheet with each column at least as wide as its header needs ("At or above target", not
 * "At or above targ"): header blocks and tables' header rows. The Map keeps its tiles' widths (its
 * names are drawn to fit them: tileGrid.ts).
 */
export function withHeaderWidths(sheet: PlanSheet): PlanSheet {
  if (sheet.name === SHEETS.map) return sheet;
  const widths = { ...sheet.columnWidths };
  const need = (col: number, text: unknown) => {
    if (typeof text !== "string" || text === "") return;
    widths[col] = Math.max(widths[col] ?? 0, headerWidth(text));
  };
  for (const b of sheet.blocks)
    if (b.style === "header")
      for (const row of b.cells) row.forEach((cell, j) => need(b.col + j, cellText(cell)));
  for (const t of sheet.tables) t.columns.forEach((c, j) => need(t.col + j, c.name));
  return { ...sheet, columnWidths: widths };
}

/** The sheets, each with its headers' widths and its print setup. */
export function withPrint(
  sheets: readonly PlanSheet[],
  lang: WorkbookLang,
  period: string
): PlanSheet[] {
  return sheets.map((s) => {
    const sized = withHeaderWidths(s);
    return { ...sized, print: printSetup(sized, lang, period) };
  });
}
