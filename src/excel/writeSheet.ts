/** A sheet's own content: clearing what the add-in wrote before, blocks of cells, widths, frozen panes. */
import { columnLetter, rangeAddress } from "../workbook/a1";
import { BLOCK_FORMATS, blockMatrices, columnWidthPoints } from "../workbook/cells";
import type { PlanSheet } from "../workbook/plan";
import { type CellRect, subtractRects } from "../workbook/rects";
import { payloadBytes, SETTER_BYTES, type SyncBudget } from "./budget";
import { hasExcelApi } from "./requirements";

/**
 * Empties one of the add-in's sheets for rewriting, around the tables it keeps: their cells stay,
 * because clearing a table's header renames its columns (and so every reference to them).
 */
export async function queueClearSheet(
  ws: Excel.Worksheet,
  used: CellRect | null,
  keep: readonly CellRect[],
  charts: readonly string[],
  budget: SyncBudget
): Promise<void> {
  await budget.reserve(payloadBytes(charts) + 512);
  for (const c of charts) ws.charts.getItem(c).delete();
  ws.getRange().conditionalFormats.clearAll();
  if (used)
    for (const r of subtractRects(used, keep))
      ws.getRange(rangeAddress(r.row, r.col, r.rows, r.cols)).clear();
}

export async function queueSheetCells(
  ws: Excel.Worksheet,
  sheet: PlanSheet,
  budget: SyncBudget
): Promise<void> {
  await budget.reserve(
    payloadBytes(sheet.columnWidths) + SETTER_BYTES * Object.keys(sheet.columnWidths).length + 256
  );
  // Worksheet.tabColor is ExcelApi 1.7 (every build the manifest accepts has it).
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  for (const [col, width] of Object.entries(sheet.columnWidths)) {
    const letter = columnLetter(Number(col));
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const block of sheet.blocks) {
    const m = blockMatrices(block);
    const styleSetters = Object.values(block.style ? BLOCK_FORMATS[block.style] : {}).length;
    await budget.reserve(
      payloadBytes(m.formulas) + payloadBytes(m.formats) + SETTER_BYTES * styleSetters
    );
    const range = ws.getRange(
      rangeAddress(block.row, block.col, block.cells.length, block.cells[0]?.length ?? 1)
    );
    // The number format first: a Text ("@") cell keeps report text literally, even "=…".
    range.numberFormat = m.formats;
    range.formulas = m.formulas;
    const f = block.style ? BLOCK_FORMATS[block.style] : undefined;
    if (f?.bold) range.format.font.bold = true;
    if (f?.italic) range.format.font.italic = true;
    if (f?.size) range.format.font.size = f.size;
    if (f?.color) range.format.font.color = f.color;
    if (f?.fill) range.format.fill.color = f.fill;
  }
}

/**
 * The sheet's print setup (PageLayout, ExcelApi 1.9: orientation, zoom as one JSON object, the
 * print area, the title rows, the header for all pages, whose "&A" and "&D" are Excel's header
 * codes). Below 1.9 the sheet keeps Excel's default page setup: printing is not worth a warning.
 */
export async function queuePrint(
  ws: Excel.Worksheet,
  print: PlanSheet["print"],
  budget: SyncBudget
): Promise<void> {
  if (!print || !hasExcelApi("1.9")) return;
  await budget.reserve(
    payloadBytes([print.centerHeader, print.rightHeader, print.area ?? "", print.titleRows ?? ""]) +
      SETTER_BYTES * 6
  );
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitWide, verticalFitToPages: print.fitTall };
  if (print.area) layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  layout.headersFooters.defaultForAllPages.centerHeader = print.centerHeader;
  layout.headersFooters.defaultForAllPages.rightHeader = print.rightHeader;
}

/**
 * Frozen panes (WorksheetFreezePanes, ExcelApi 1.7): one call, since each call sets the sheet's
 * frozen pane afresh; freezeAt for rows and columns together.
 */
export function queueFreeze(ws: Excel.Worksheet, freeze: PlanSheet["freeze"]): void {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) ws.freezePanes.unfreeze();
  else if (freeze.cols === 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.cols);
  else ws.freezePanes.freezeAt(rangeAddress(0, 0, freeze.rows, freeze.cols));
}
