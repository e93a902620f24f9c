/**
 * The ExcelJS writer: executes a workbook plan into an .xlsx file (the CLI's `workbook` command and
 * the pane's "Download workbook"). ExcelJS cannot draw charts: their data is written, and a note
 * stands where the chart would be. Pivot tables are built by the Office.js writer only.
 */
import ExcelJS from "exceljs";
import type {
  BlockStyle,
  PlanBlock,
  PlanCell,
  PlanSheet,
  PlanTable,
  WorkbookPlan,
} from "../workbook/plan";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});

const STYLES: Record<BlockStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, fill: solid("#D9E1F2") },
  note: { font: { italic: true, color: { argb: argb("#595959") } } },
  total: { font: { bold: true } },
  legendBelow: { fill: solid("#FFE699"), font: { color: { argb: argb("#7F6000") } } },
  legendFarBelow: { fill: solid("#F4B6B6"), font: { color: { argb: argb("#9C0006") } } },
  input: { fill: solid("#FFF2CC") },
};

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

function writeSheet(wb: ExcelJS.Workbook, sheet: PlanSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
      : [],
  });
  for (const [col, width] of Object.entries(sheet.columnWidths))
    ws.getColumn(Number(col) + 1).width = width;
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
    cell.value = `Chart "${chart.title}": drawn when the add-in loads this workbook in Excel (its data is on the left).`;
    cell.style = { ...cell.style, ...STYLES.note };
  }
}

export function planToExcelJs(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "School Safety Coverage";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  for (const name of plan.names) wb.definedNames.add(name.refersTo.replace(/^=/, ""), name.name);
  return wb;
}

/** The plan as .xlsx bytes. */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const buffer = await planToExcelJs(plan).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
