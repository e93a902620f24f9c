/**
 * What a report file gives the parser: its text, and where each of its lines came from when that
 * is not simply the text file's line: a Word table's row (table, row, columns), or a PDF's page and
 * line. parseReportSource reads it like any report, then gives each figure and issue its place,
 * and folds a table's missing context into one message per table.
 */
import type { Report, ReportIssue } from "../domain/report";
import type { DocxBlock } from "./docxDocument";
import { englishIssueText, placePrefix, type SourceNotice } from "./issueMessages";
import { parseReport } from "./parseReport";
import { readWordTable, type TableOrigin } from "./wordTables";

/** Where on a PDF's pages a line of its text stands: 1-based page, and line on that page. */
export interface PageOrigin {
  page: number;
  line: number;
}

export interface ReportSource {
  text: string;
  /** 1-based line of the text → the table row its item was read from. */
  tableLines: ReadonlyMap<number, TableOrigin>;
  /** Each table that gave lines: its number and the text lines it spans. */
  tables: ReadonlyArray<{ table: number; firstLine: number; lastLine: number }>;
  /** 1-based line of the text → where it stands on the PDF's pages. */
  pageLines: ReadonlyMap<number, PageOrigin>;
  /** How many pages the PDF has (0 for any other file). */
  pages: number;
  /** What reading the file found: a table's, placed at its first line; damaged bytes, at the first. */
  notices: ReadonlyArray<SourceNotice & { line: number }>;
}

export const NO_PLACES = { tableLines: new Map(), tables: [], pageLines: new Map(), pages: 0 };

export function sourceFromText(
  text: string,
  notices: ReadonlyArray<SourceNotice & { line: number }> = []
): ReportSource {
  return { text, ...NO_PLACES, notices };
}

/** A Word document's blocks as one text: paragraphs as lines, tables as item lines. */
export function sourceFromDocx(blocks: readonly DocxBlock[]): ReportSource {
  const lines: string[] = [];
  const tableLines = new Map<number, TableOrigin>();
  const tables: Array<{ table: number; firstLine: number; lastLine: number }> = [];
  const notices: Array<SourceNotice & { line: number }> = [];
  let n = 0;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      lines.push(...block.text.split("\n"));
      continue;
    }
    const reading = readWordTable(block.rows, ++n);
    const firstLine = lines.length + 1;
    reading.lines.forEach((line, i) => {
      lines.push(line);
      const origin = reading.origins[i];
      if (origin) tableLines.set(lines.length, origin);
    });
    if (reading.lines.length) tables.push({ table: n, firstLine, lastLine: lines.length });
    for (const notice of reading.notices) notices.push({ ...notice, line: firstLine });
  }
  return { text: `${lines.join("\n")}\n`, ...NO_PLACES, tableLines, tables, notices };
}

/** Issues about an item that a table could not place: said once per table, not once per row. */
const NEEDS_CONTEXT = new Set(["item-without-measure", "item-without-heading"]);

export function parseReportSource(source: ReportSource): Report {
  const report = parseReport(source.text);
  if (source.tables.length === 0 && source.pageLines.size === 0 && source.notices.length === 0)
    return report;
  const tableAt = (line: number) =>
    source.tables.find((t) => line >= t.firstLine && line <= t.lastLine);
  const records = report.records.map((r) => {
    const origin = source.tableLines.get(r.line);
    if (origin) return { ...r, table: origin };
    const page = source.pageLines.get(r.line);
    return page ? { ...r, page } : r;
  });
  const issues: ReportIssue[] = [];
  const unplaced = new Map<number, { issue: ReportIssue; rows: number[] }>();
  for (const issue of report.issues) {
    const t = tableAt(issue.line);
    if (!t) {
      issues.push(placed(issue, source.pageLines.get(issue.line)));
      continue;
    }
    const origin = source.tableLines.get(issue.line);
    const lines = issue.repeated?.lines ?? [issue.line];
    if (issue.severity === "error" && NEEDS_CONTEXT.has(issue.code)) {
      const entry = unplaced.get(t.table) ?? { issue, rows: [] };
      for (const l of lines) {
        const row = source.tableLines.get(l)?.row;
        if (row !== undefined) entry.rows.push(row);
      }
      unplaced.set(t.table, entry);
      continue;
    }
    issues.push(origin ? placed(issue, { table: origin.table, row: origin.row }) : issue);
  }
  for (const [table, { issue, rows }] of unplaced) {
    const params = {
      table,
      missing: issue.code === "item-without-measure" ? "measure" : "type",
      rows: rows.length,
    };
    issues.push({
      severity: "error",
      code: "table-without-context",
      message: englishIssueText("table-without-context", params),
      params,
      excerpt: "",
      line: issue.line,
      column: 1,
    });
  }
  for (const notice of source.notices)
    issues.push({
      severity: notice.severity,
      code: notice.code,
      message: notice.message,
      params: notice.params,
      excerpt: "",
      line: notice.line,
      column: 1,
    });
  // When a table is why nothing was read, say that, not "this does not look like the report".
  const tableSaid = issues.some(
    (i) => i.code === "unmapped-table" || i.code === "table-without-context"
  );
  const kept = tableSaid ? issues.filter((i) => i.code !== "no-figures") : issues;
  kept.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...report, records, issues: kept };
}

/** An issue with where it was read: a Word table's row, or a PDF's page and line (its message says it first). */
function placed(
  issue: ReportIssue,
  at: { table: number; row: number } | PageOrigin | undefined
): ReportIssue {
  if (!at) return issue;
  const params =
    "table" in at
      ? { ...issue.params, atTable: at.table, atRow: at.row }
      : { ...issue.params, atPage: at.page, atPageLine: at.line };
  return { ...issue, message: placePrefix(params, "en") + issue.message, params };
}
