import { HIGHLIGHT } from "./layout";
import type { BlockStyle, PlanBlock, PlanCell, PlanTable } from "./plan";

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

/**
 * A table's data rows `from`..`to`, formula columns left empty: Excel parses a structured reference
 * when it is set, so the formula columns are written only once the table exists (columnFormulas).
 */
export function tableBody(table: PlanTable, from: number, to: number): CellMatrices {
  const rows = table.rows
    .slice(from, to)
    .map((row) => row.map((cell, j) => (table.columns[j].formula ? null : cell)));
  return cellMatrices(rows, table.columns.map(columnNumberFormat));
}

/**
 * A column's number format. A formula column is never Text ("@"), even when its result is text:
 * Excel stores a formula set into a Text cell as the literal string, never computing it.
 */
export function columnNumberFormat(column: PlanTable["columns"][number]): string | null {
  if (column.formula) return column.numberFormat ?? "General";
  return column.text ? "@" : (column.numberFormat ?? null);
}

/** One formula column's cells for rows `from`..`to` (the same formula in each row). */
export function columnFormulas(
  table: PlanTable,
  column: number,
  from: number,
  to: number
): string[][] {
  const f = table.columns[column].formula!;
  return Array.from({ length: to - from }, () => [f]);
}

/** The header row: the column names, as text. */
export function tableHeader(table: PlanTable): CellMatrices {
  return cellMatrices(
    [table.columns.map((c) => c.name)],
    table.columns.map(() => "@")
  );
}

/** Excel column width in points for a width in characters (8.43 characters = 64 px = 48 pt). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export const BLOCK_FORMATS: Record<
  BlockStyle,
  { bold?: boolean; italic?: boolean; size?: number; fill?: string; color?: string }
> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#D9E1F2" },
  note: { italic: true, color: "#595959" },
  total: { bold: true },
  legendBelow: { fill: HIGHLIGHT.below.fill, color: HIGHLIGHT.below.font },
  legendFarBelow: { fill: HIGHLIGHT.farBelow.fill, color: HIGHLIGHT.farBelow.font },
  input: { fill: "#FFF2CC" },
};
