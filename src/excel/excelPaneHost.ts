import type { Finding } from "../analysis/audit";
import { territoryById } from "../domain/territories";
import type { PaneHost } from "../host/paneHost";
import { downloadWorkbook } from "../xlsx/download";
import { rangeAddress } from "../workbook/a1";
import { AUDIT_LAYOUT } from "../workbook/auditSheet";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE, SHEETS } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { checkWorkbook } from "./checkWorkbook";
import { registerCoverageName } from "./coverageName";
import { loadPlanIntoExcel } from "./loadPlan";
import { readStoredRecipe } from "./ownedSheets";
import { buildPivot } from "./pivot";
import { recalculateWorkbook } from "./recalculate";
import { selectTerritoryRows } from "./selectTerritory";
import { persistImports } from "./storedImports";
import { applyThresholds } from "./thresholds";
import { exclusiveWrite } from "./writeLock";

async function select(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/**
 * The pane's host inside Excel: every call is Office.js, and only here. The calls that write take
 * turns (writeLock.ts): one started while another runs is refused, with nothing written.
 */
export const excelPaneHost: PaneHost = {
  kind: "excel",
  load: (plan, options) => exclusiveWrite("load", () => loadPlanIntoExcel(plan, options)),

  applyThresholds: (targets) => exclusiveWrite("targets", () => applyThresholds(targets)),

  selectSheet: (sheet) => select(sheet, "A1"),

  async selectFinding(plan: WorkbookPlan, finding: Finding, index: number) {
    const data = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
    const iso = finding.territoryId
      ? (territoryById(finding.territoryId)?.iso ?? finding.territoryId)
      : null;
    const row = data?.rows.findIndex(
      (r) =>
        r[COLUMN_INDEX.measure] === finding.measure &&
        r[COLUMN_INDEX.orgType] === finding.orgType &&
        r[COLUMN_INDEX.territoryId] === iso
    );
    if (data && iso && row !== undefined && row >= 0)
      await select(SHEETS.data, rangeAddress(data.row + 1 + row, data.col, 1, data.columns.length));
    else
      await select(
        SHEETS.audit,
        rangeAddress(AUDIT_LAYOUT.firstRow + index, 0, 1, AUDIT_LAYOUT.columns)
      );
  },

  selectTerritory: (plan, rows) => selectTerritoryRows(plan, rows),

  buildPivot: (plan) => exclusiveWrite("pivot", () => buildPivot(plan.pivot)),
  registerCoverageName: (lang) => exclusiveWrite("name", () => registerCoverageName(lang)),
  checkWorkbook: (plan, facts) => checkWorkbook(plan, facts),
  storedRecipe: readStoredRecipe,
  saveImports: (texts) =>
    exclusiveWrite("import", async () => {
      await persistImports(texts);
      await recalculateWorkbook();
    }),
  downloadWorkbook: (plan) => downloadWorkbook(plan),
};
