import type { BlockStyle, PlanBlock, PlanCell, PlanTable } from "../workbook/plan";

/** What Office.js receives for a block: the formulas matrix and the number formats matrix. */
export interface CellMatrices {
  formulas: (string | number | boolean)[][];
  formats: string[][];
}

/** A string that Excel would read as a formula or a number sign if typed: written with the Text format. */
const LOOKS_LIKE_INPUT = /^[=+\-@]/;

/**
 * Plan cells as Office.js matrices. Report text stays text: a string that starts with = + - @ gets
 * the Text format ("@"), set before the value in the same batch, so Excel stores it literally.
 */
export function cellMatrices(
  rows: readonly PlanCell[][],
  columnFormats: readonly (string | null | undefined)[] = []
): CellMatrices {
  const formulas = rows.map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "object" ? cell.formula : cell))
  );
  const formats = rows.map((row) =>
    row.map((cell, j) => {
      if (typeof cell === "string" && LOOKS_LIKE_INPUT.test(cell)) return "@";
      if (cell !== null && typeof cell === "object")
        return columnFormats[j] && columnFormats[j] !== "@" ? columnFormats[j]! : "General";
      return columnFormats[j] ?? "General";
    })
  );
  return { formulas, formats };
}

export function blockMatrices(block: PlanBlock): CellMatrices {
  return cellMatrices(block.cells, block.columnFormats);
}

/** A table's rows with each formula column's formula filled in. */
export function tableRows(table: PlanTable, from: number, to: number): CellMatrices {
  const rows = table.rows
    .slice(from, to)
    .map((row) =>
      row.map((cell, j) =>
        table.columns[j].formula ? { formula: table.columns[j].formula! } : cell
      )
    );
  return cellMatrices(
    rows,
    table.columns.map((c) => (c.text ? "@" : (c.numberFormat ?? null)))
  );
}

export const BLOCK_FORMATS: Record<
  BlockStyle,
  { bold?: boolean; italic?: boolean; size?: number; fill?: string; color?: string }
> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#D9E1F2" },
  note: { italic: true, color: "#595959" },
  total: { bold: true },
  legendBelow: { fill: "#FFE699", color: "#7F6000" },
  legendFarBelow: { fill: "#F4B6B6", color: "#9C0006" },
  input: { fill: "#FFF2CC" },
};
