import type { Finding } from "../analysis/audit";
import type { PaneHost } from "../host/paneHost";
import { downloadWorkbook } from "../xlsx/download";
import { rangeAddress } from "../workbook/a1";
import { AUDIT_LAYOUT } from "../workbook/auditSheet";
import { SHEETS } from "../workbook/layout";
import { checkWorkbook } from "./checkWorkbook";
import { registerCoverageName } from "./coverageName";
import { loadPlanIntoExcel } from "./loadPlan";
import { readStoredRecipe } from "./ownedSheets";
import { buildPivot } from "./pivot";
import { recalculateWorkbook } from "./recalculate";
import { readWorkbookFigures } from "./workbookFigures";
import { selectDataRows, selectTerritoryRows } from "./selectTerritory";
import { persistImports } from "./persistImports";
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

  async selectFinding(finding: Finding, period: string, index: number) {
    const { measure, orgType, territoryId } = finding;
    // The row as the table holds it now (findRows.ts: the user may have sorted the table).
    if (measure && orgType && territoryId) {
      const { rows } = await selectDataRows({ territoryId, measure, orgType, period }, false);
      if (rows > 0) return;
    }
    await select(
      SHEETS.audit,
      rangeAddress(AUDIT_LAYOUT.firstRow + index, 0, 1, AUDIT_LAYOUT.columns)
    );
  },

  selectTerritory: (rows) => selectTerritoryRows(rows),

  buildPivot: (plan) => exclusiveWrite("pivot", () => buildPivot(plan.pivot)),
  registerCoverageName: (lang) => exclusiveWrite("name", () => registerCoverageName(lang)),
  checkWorkbook: (plan, facts) => checkWorkbook(plan, facts),
  storedRecipe: readStoredRecipe,
  workbookFigures: readWorkbookFigures,
  saveImports: (texts, commit) =>
    exclusiveWrite("import", async () => {
      await persistImports(texts);
      commit();
      // The EDU functions' inputs did not change, the dataset did: they answer anew.
      await recalculateWorkbook();
    }),
  downloadWorkbook: (plan) => downloadWorkbook(plan),
};
