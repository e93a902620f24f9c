import type { Finding } from "../analysis/audit";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import { territoryById } from "../domain/territories";
import { AUDIT_TABLE, DATA_TABLE, SHEETS } from "./layout";
import { lit } from "./criteria";
import { emptySheet, type PlanCell, type PlanSheet, type PlanTable } from "./plan";

/** Where the findings stand: the table's header row, its first finding, its width. */
export const AUDIT_LAYOUT = { headerRow: 2, firstRow: 3, columns: 11 } as const;

export interface PeriodFindings {
  period: string;
  findings: readonly Finding[];
}

/** SUMIFS with a literal period (a finding belongs to its own period, not the one on Settings). */
function sumFor(
  column: "Covered" | "Total",
  period: string,
  criteria: ReadonlyArray<[string, string]>
): string {
  const parts = [[`Period`, lit(period)], ...criteria].map(([c, v]) => `${DATA_TABLE}[${c}],${v}`);
  return `SUMIFS(${DATA_TABLE}[${column}],${parts.join(",")})`;
}

/** What the report's own rows give for the finding, as a live formula over the data table. */
function computedFormula(f: Finding, period: string): PlanCell {
  const m: [string, string] | null = f.measure ? ["Measure", lit(f.measure)] : null;
  const type = (t: OrgTypeOrAll | null): Array<[string, string]> =>
    t && t !== "all" ? [["Org type", lit(t)]] : [];
  const territory: Array<[string, string]> = f.territoryId
    ? [["Territory ID", lit(territoryById(f.territoryId)?.iso ?? f.territoryId)]]
    : [];
  switch (f.code) {
    case "percent-mismatch": {
      const crit = [m!, ...type(f.orgType), ...territory];
      return {
        formula: `=ROUND(100*${sumFor("Covered", period, crit)}/${sumFor("Total", period, crit)},0)`,
      };
    }
    case "covered-sum-mismatch":
      return { formula: `=${sumFor("Covered", period, [m!, ...type(f.orgType)])}` };
    case "total-sum-mismatch":
      return { formula: `=${sumFor("Total", period, [m!, ...type(f.orgType)])}` };
    case "base-mismatch":
      return {
        formula: `=${sumFor("Total", period, [["Measure", lit(f.referenceMeasure!)], ...type(f.orgType), ...territory])}`,
      };
    default:
      // Headline against headline: both figures are stated in the prose, not in the table.
      return f.computed;
  }
}

/** The data core's findings, each with the stated figure, the computed one (a formula) and its line. */
export function planAudit(all: readonly PeriodFindings[]): PlanSheet {
  const sheet = emptySheet(SHEETS.audit, "#C00000");
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [
        "Where the report's own figures disagree (never corrected: the data table keeps the figures as stated)",
      ],
    ],
    style: "title",
  });
  const r = (c: string) => `${AUDIT_TABLE}[[#This Row],[${c}]]`;
  const rows: PlanCell[][] = all.flatMap(({ period, findings }) =>
    findings.map((f, i) => [
      i + 1,
      f.code,
      f.message,
      period,
      f.measure ?? "",
      f.orgType ?? "",
      f.territoryId ? (territoryById(f.territoryId)?.nameRu ?? f.territoryId) : "",
      f.stated,
      computedFormula(f, period),
      null,
      f.line,
    ])
  );
  const table: PlanTable = {
    name: AUDIT_TABLE,
    row: AUDIT_LAYOUT.headerRow,
    col: 0,
    style: "TableStyleLight10",
    columns: [
      { name: "#", numberFormat: "0" },
      { name: "Code", text: true },
      { name: "Finding", text: true },
      { name: "Period", text: true },
      { name: "Measure", text: true },
      { name: "Org type", text: true },
      { name: "Territory", text: true },
      { name: "Stated", numberFormat: "0" },
      { name: "Computed", numberFormat: "0" },
      {
        name: "Status",
        text: true,
        formula: `=IF(${r("Computed")}=${r("Stated")},"now consistent","differs")`,
      },
      { name: "Source line", numberFormat: "0" },
    ],
    rows,
  };
  if (rows.length > 0) sheet.tables.push(table);
  else
    sheet.blocks.push({
      row: 2,
      col: 0,
      cells: [["No contradictions: every figure adds up."]],
      style: "note",
    });
  sheet.columnWidths = {
    0: 5,
    1: 22,
    2: 90,
    3: 10,
    4: 11,
    5: 13,
    6: 22,
    7: 10,
    8: 10,
    9: 16,
    10: 11,
  };
  sheet.freeze = { rows: 3, cols: 0 };
  return sheet;
}
