/**
 * The ExcelJS writer: executes a workbook plan into an .xlsx file (the CLI's `workbook` command and
 * the pane's "Download workbook"). ExcelJS cannot draw charts: their data is written, and a note
 * stands where the chart would be. Pivot tables are built by the Office.js writer only, and so are
 * slicers (ExcelJS cannot write them: a note on the Summary sheet says so, writeSlicerNote). The
 * Map sheet's dropdowns and colour scales are written (writeMapParts).
 */
import ExcelJS from "exceljs";
import { BLOCK_FORMATS } from "../workbook/cells";
import { workbookLabels, type WorkbookLabels } from "../workbook/labels";
import type {
  BlockStyle,
  PlanBlock,
  PlanCell,
  PlanPrint,
  PlanSheet,
  PlanTable,
  WorkbookPlan,
} from "../workbook/plan";
import { rectFromAddress } from "../workbook/rects";
import { rewriteTableParts } from "./tableParts";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});

/** The block styles as ExcelJS styles: one palette (BLOCK_FORMATS) for both writers. */
const STYLES = Object.fromEntries(
  Object.entries(BLOCK_FORMATS).map(([style, f]) => [
    style,
    {
      ...(f.bold || f.italic || f.size || f.color
        ? {
            font: {
              bold: f.bold,
              italic: f.italic,
              size: f.size,
              color: f.color ? { argb: argb(f.color) } : undefined,
            },
          }
        : {}),
      ...(f.fill ? { fill: solid(f.fill) } : {}),
    },
  ])
) as Record<BlockStyle, Partial<ExcelJS.Style>>;

/** A plan cell as ExcelJS stores it: formulas without the "=", text as text. */
function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object")
    return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell;
}

function writeBlock(ws: ExcelJS.Worksheet, block: PlanBlock): void {
  block.cells.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = ws.getCell(block.row + i + 1, block.col + j + 1);
      cell.value = cellValue(value);
      const fmt = block.columnFormats?.[j];
      if (fmt) cell.numFmt = fmt;
      if (block.style) Object.assign(cell, { style: { ...cell.style, ...STYLES[block.style] } });
    })
  );
}

/** ExcelJS writes the cells and the relationships; its table part is replaced (tableParts). */
function writeTable(ws: ExcelJS.Worksheet, table: PlanTable): void {
  ws.addTable({
    name: table.name,
    ref: ws.getCell(table.row + 1, table.col + 1).address,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.name, filterButton: true })),
    rows: table.rows.map((row) =>
      row.map((value, j) =>
        cellValue(table.columns[j].formula ? { formula: table.columns[j].formula! } : value)
      )
    ),
  });
  table.columns.forEach((c, j) => {
    if (!c.numberFormat) return;
    for (let i = 0; i < table.rows.length; i++)
      ws.getCell(table.row + 2 + i, table.col + j + 1).numFmt = c.numberFormat;
  });
}

function writeSheet(wb: ExcelJS.Workbook, sheet: PlanSheet, labels: WorkbookLabels): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : [],
  });
  for (const [col, width] of Object.entries(sheet.columnWidths))
    ws.getColumn(Number(col) + 1).width = width;
  if (sheet.print) writePrint(ws, sheet.print);
  for (const block of sheet.blocks) writeBlock(ws, block);
  for (const table of sheet.tables) writeTable(ws, table);
  for (const rule of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: rule.priority,
          formulae: [rule.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  }
  for (const chart of sheet.charts) {
    const cell = ws.getCell(chart.row + 1, chart.col + 1);
    cell.value = labels.chartPlaceholder(chart.title);
    cell.style = { ...cell.style, ...STYLES.note };
  }
  writeMapParts(ws, sheet);
}

/** The sheet's print setup (the page setup and header the Office.js writer sets through PageLayout). */
function writePrint(ws: ExcelJS.Worksheet, print: PlanPrint): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitWide,
    fitToHeight: print.fitTall,
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    // ExcelJS writes "$" + each corner (workbook-xform.js): "A$1:I$32" becomes $A$1:$I$32, the
    // form LibreOffice reads (it ignores a print area of $A1:$I32).
    ...(print.area
      ? {
          printArea: print.area
            .split(":")
            .map((corner) => corner.replace(/^\$/, ""))
            .join(":"),
        }
      : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&C${print.centerHeader}&R${print.rightHeader}`,
  };
}

/**
 * Dropdown lists (one list validation per cell of the range, its source an absolute range of the
 * same sheet) and colour scales (fixed number points, lowest first).
 */
function writeMapParts(ws: ExcelJS.Worksheet, sheet: PlanSheet): void {
  for (const v of sheet.validations ?? []) {
    const r = rectFromAddress(v.range);
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++)
        ws.getCell(r.row + i + 1, r.col + j + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [v.listSource],
          showErrorMessage: true,
        };
  }
  const priority = sheet.conditionalFormats.length;
  sheet.colorScales?.forEach((scale, k) =>
    ws.addConditionalFormatting({
      ref: scale.range,
      rules: [
        {
          type: "colorScale",
          priority: priority + k + 1,
          cfvo: scale.points.map((p) => ({ type: "num" as const, value: p.value })),
          color: scale.points.map((p) => ({ argb: argb(p.color) })),
        },
      ],
    })
  );
}

/**
 * ExcelJS cannot write slicers: a note stands where the Office.js writer puts them (over the
 * first slicer's cell), saying so.
 */
function writeSlicerNote(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const first = plan.slicers?.[0];
  if (!first) return;
  const ws = wb.getWorksheet(first.sheet);
  if (!ws) return;
  const cell = ws.getCell(first.row + 1, first.col + 1);
  cell.value = workbookLabels(plan.options.lang).map.slicersNote;
  cell.style = { ...cell.style, ...STYLES.note };
}

export function planToExcelJs(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "School Safety Coverage";
  wb.calcProperties.fullCalcOnLoad = true;
  const labels = workbookLabels(plan.options.lang);
  for (const sheet of plan.sheets) writeSheet(wb, sheet, labels);
  for (const name of plan.names) wb.definedNames.add(name.refersTo.replace(/^=/, ""), name.name);
  writeSlicerNote(wb, plan);
  return wb;
}

/** A workbook built from `plan` as .xlsx bytes, table parts as Excel writes them (tableParts). */
export async function xlsxBytes(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return rewriteTableParts(new Uint8Array(buffer as ArrayBuffer), plan);
}

/** The plan as .xlsx bytes. */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  return xlsxBytes(planToExcelJs(plan), plan);
}
