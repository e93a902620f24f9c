/**
 * Table parts (xl/tables/tableN.xml) in the form Excel itself writes. ExcelJS's parts claim a
 * totals row the table does not have (totalsRowShown="1", a totalsRowLabel or totalsRowFunction
 * on every column) and hold an empty <filterColumn> per column, both known to make Excel offer to
 * "repair" the file; and they carry no <calculatedColumnFormula>, so in Excel the formula columns
 * are not calculated columns and a row the analyst adds stays empty there. ExcelJS has no option
 * for any of this, so each part is written again from the plan, inside the zip.
 * Browser-safe: JSZip (the zip library ExcelJS itself uses) and strings only.
 */
import JSZip from "jszip";
import { rangeAddress } from "../workbook/a1";
import type { PlanTable, WorkbookPlan } from "../workbook/plan";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escaped for XML text and double-quoted attribute values alike. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/**
 * The table's range: the header row and the data rows. Excel refuses a table that is a header
 * alone (ref="A1:B1" needs repair, "A1:B2" opens), so a table without data gets one blank row.
 */
export function tableRef(table: PlanTable): string {
  const rows = 1 + Math.max(table.rows.length, 1);
  return rangeAddress(table.row, table.col, rows, table.columns.length);
}

/** The part for one table; `id` must be unique among the workbook's tables. */
export function tablePartXml(table: PlanTable, id: number): string {
  const ref = tableRef(table);
  const name = xmlEscape(table.name);
  const columns = table.columns.map((c, i) => {
    const open = `<tableColumn id="${i + 1}" name="${xmlEscape(c.name)}"`;
    if (!c.formula) return `${open}/>`;
    // Stored like a cell's <f>: no "=", structured references in their [#This Row] form.
    const formula = xmlEscape(c.formula.replace(/^=/, ""));
    return `${open}><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    // headerRowCount="1" is the default, which Excel leaves out; ExcelJS reads its absence as 0.
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}"` +
    ` headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(table.style)}" showFirstColumn="0" showLastColumn="0"` +
    ` showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

/**
 * Rewrites every table part of an ExcelJS-written package from the plan. The part names, the
 * relationships to them and the ids (ExcelJS numbers the tables 1..n across the workbook) are kept.
 */
export async function rewriteTableParts(xlsx: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const tables = new Map(plan.sheets.flatMap((s) => s.tables).map((t) => [xmlEscape(t.name), t]));
  const zip = await JSZip.loadAsync(xlsx);
  const parts = zip.file(/^xl\/tables\/[^/]+\.xml$/);
  for (const part of parts) {
    const start = /<table\b[^>]*>/.exec(await part.async("string"))?.[0] ?? "";
    const id = /\sid="(\d+)"/.exec(start)?.[1];
    const name = /\sname="([^"]*)"/.exec(start)?.[1];
    const table = name === undefined ? undefined : tables.get(name);
    if (!id || !table) throw new Error(`${part.name}: no table "${name}" in the plan`);
    zip.file(part.name, tablePartXml(table, Number(id)));
  }
  if (parts.length !== tables.size)
    throw new Error(`${parts.length} table parts for ${tables.size} tables in the plan`);
  // JSZip stores uncompressed unless told; ExcelJS deflates.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
