import type { Finding } from "../analysis/audit";
import { findingMessage } from "../analysis/findingMessages";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import { territoryById } from "../domain/territories";
import { workbookLabels } from "./labels";
import {
  AUDIT_KEYS,
  AUDIT_TABLE,
  type AuditKey,
  type CoverageKey,
  SHEETS,
  WORKBOOK_LANGS,
  type WorkbookLang,
} from "./layout";
import { lit, sumifsIn } from "./criteria";
import { emptySheet, type PlanCell, type PlanColumn, type PlanSheet, type PlanTable } from "./plan";
import { workbookTerritoryName } from "./territoryNames";

/** Where the findings stand: the table's header row, its first finding, its width. */
export const AUDIT_LAYOUT = { headerRow: 2, firstRow: 3, columns: AUDIT_KEYS.length } as const;

export interface PeriodFindings {
  period: string;
  findings: readonly Finding[];
}

type Criterion = [CoverageKey, string];

/** SUMIFS with a literal period (a finding belongs to its own period, not the one on Settings). */
/** SUMIFS over the data table for a given period (a literal). */
function sumFor(
  lang: WorkbookLang,
  column: "covered" | "total",
  period: string,
  criteria: readonly Criterion[]
): string {
  return sumifsIn(lang, column, lit(period), criteria);
}

/** What the report's own rows give for the finding, as a live formula over the data table. */
function computedFormula(f: Finding, period: string, lang: WorkbookLang): PlanCell {
  const m: Criterion | null = f.measure ? ["measure", lit(f.measure)] : null;
  const type = (t: OrgTypeOrAll | null): Criterion[] =>
    t && t !== "all" ? [["orgType", lit(t)]] : [];
  const territory: Criterion[] = f.territoryId
    ? [["territoryId", lit(territoryById(f.territoryId)?.iso ?? f.territoryId)]]
    : [];
  const sum = (column: "covered" | "total", crit: readonly Criterion[]) =>
    sumFor(lang, column, period, crit);
  switch (f.code) {
    case "percent-mismatch": {
      const crit = [m!, ...type(f.orgType), ...territory];
      return { formula: `=ROUND(100*${sum("covered", crit)}/${sum("total", crit)},0)` };
    }
    case "covered-sum-mismatch":
      return { formula: `=${sum("covered", [m!, ...type(f.orgType)])}` };
    case "total-sum-mismatch":
      return { formula: `=${sum("total", [m!, ...type(f.orgType)])}` };
    case "base-mismatch":
      return {
        formula: `=${sum("total", [["measure", lit(f.referenceMeasure!)], ...type(f.orgType), ...territory])}`,
      };
    case "stated-change-mismatch": {
      const crit = [m!, ...type(f.orgType), ...territory];
      return {
        formula: `=${sum("covered", crit)}-${sumFor(lang, "covered", f.comparedPeriod!, crit)}`,
      };
    }
    default:
      // Headline against headline: both figures are stated in the prose, not in the table.
      return f.computed;
  }
}

const AUDIT_FORMATS: Readonly<Record<AuditKey, Omit<PlanColumn, "name" | "formula">>> = {
  number: { numberFormat: "0" },
  code: { text: true },
  finding: { text: true },
  period: { text: true },
  measure: { text: true },
  orgType: { text: true },
  territory: { text: true },
  stated: { numberFormat: "0" },
  computed: { numberFormat: "0" },
  status: { text: true },
  sourceLine: { numberFormat: "0" },
};

/** The audit table's columns in `lang` (the Status formula names the Computed and Stated columns). */
function auditColumns(lang: WorkbookLang): PlanColumn[] {
  const L = workbookLabels(lang).audit;
  const r = (c: AuditKey) => `${AUDIT_TABLE}[[#This Row],[${L.columns[c]}]]`;
  return AUDIT_KEYS.map((key) => ({
    name: L.columns[key],
    ...AUDIT_FORMATS[key],
    ...(key === "status"
      ? { formula: `=IF(${r("computed")}=${r("stated")},${lit(L.consistent)},${lit(L.differs)})` }
      : {}),
  }));
}

/**
 * The name the data table gives a territory in a period (the report's own, as the table's
 * Territory column holds it), so that a lookup from the Audit into the table finds it.
 */
export type TerritoryNameInTable = (period: string, territoryId: string) => string | undefined;

/**
 * The data core's findings, each with the stated figure, the computed one (a formula) and its line.
 * "#" numbers them through the whole table, every period's in turn.
 */
export function planAudit(
  all: readonly PeriodFindings[],
  lang: WorkbookLang = "en",
  nameInTable: TerritoryNameInTable = () => undefined
): PlanSheet {
  const L = workbookLabels(lang).audit;
  const sheet = emptySheet(SHEETS.audit, "#C00000");
  sheet.blocks.push({ row: 0, col: 0, cells: [[L.title]], style: "title" });
  const territory = (period: string, id: string) =>
    nameInTable(period, id) ?? workbookTerritoryName(id, undefined, lang);
  const rows: PlanCell[][] = all
    .flatMap(({ period, findings }) => findings.map((f) => ({ period, f })))
    .map(({ period, f }, i) => [
      i + 1,
      f.code,
      findingMessage(f, lang),
      period,
      f.measure ?? "",
      f.orgType ?? "",
      f.territoryId ? territory(period, f.territoryId) : "",
      f.stated,
      computedFormula(f, period, lang),
      null,
      f.line,
    ]);
  const table: PlanTable = {
    name: AUDIT_TABLE,
    row: AUDIT_LAYOUT.headerRow,
    col: 0,
    style: "TableStyleLight10",
    columns: auditColumns(lang),
    otherHeaders: WORKBOOK_LANGS.filter((l) => l !== lang).map((l) =>
      auditColumns(l).map((c) => c.name)
    ),
    rows,
  };
  if (rows.length > 0) sheet.tables.push(table);
  else
    sheet.blocks.push({
      row: 2,
      col: 0,
      cells: [[L.none]],
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
