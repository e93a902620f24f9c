import type { Finding } from "../analysis/audit";
import type { DatasetStore } from "../analysis/datasetStore";
import { territoryById } from "../domain/territories";
import type { PaneHost } from "../taskpane/paneHost";
import { downloadWorkbook } from "../taskpane/download";
import { rangeAddress } from "../workbook/a1";
import { COLUMN_INDEX } from "../workbook/coverageTable";
import { DATA_TABLE, SHEETS, type ThresholdKey } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { defaultTarget, targetAddress } from "../workbook/settingsSheet";
import { registerCoverageName } from "./coverageName";
import { buildPivot } from "./pivot";
import { recalculateWorkbook } from "./recalculate";
import { persistImports } from "./storedImports";
import { loadPlanIntoExcel } from "./writePlan";
import type { Measure } from "../domain/measures";
import type { OrgTypeOrAll } from "../domain/orgTypes";

async function select(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/** The pane's host inside Excel: every call is Office.js, and only here. */
export const excelPaneHost: PaneHost = {
  kind: "excel",
  load: (plan, options) => loadPlanIntoExcel(plan, options),

  async applyThresholds(targets) {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEETS.settings);
      for (const [key, value] of Object.entries(targets) as Array<[ThresholdKey, number | null]>) {
        const [measure, orgType] = key.split("|") as [Measure, OrgTypeOrAll];
        const cell = value === null ? defaultTarget(measure, orgType) : value;
        ws.getRange(targetAddress(measure, orgType)).formulas = [
          [typeof cell === "object" && cell !== null ? cell.formula : (cell as number)],
        ];
      }
      await context.sync();
    });
  },

  selectSheet: (sheet) => select(sheet, "A1"),

  async selectFinding(plan: WorkbookPlan, finding: Finding, index: number) {
    const data = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === DATA_TABLE);
    const iso = finding.territoryId
      ? (territoryById(finding.territoryId)?.iso ?? finding.territoryId)
      : null;
    const row = data?.rows.findIndex(
      (r) =>
        r[COLUMN_INDEX.Measure] === finding.measure &&
        r[COLUMN_INDEX["Org type"]] === finding.orgType &&
        r[COLUMN_INDEX["Territory ID"]] === iso
    );
    if (data && iso && row !== undefined && row >= 0)
      await select(SHEETS.data, rangeAddress(row + 1, 0, 1, data.columns.length));
    else await select(SHEETS.audit, rangeAddress(3 + index, 0, 1, 11));
  },

  buildPivot: (plan) => buildPivot(plan.pivot),
  registerCoverageName,
  async saveImports(store: DatasetStore) {
    await persistImports(store);
    await recalculateWorkbook();
  },
  downloadWorkbook: (plan) => downloadWorkbook(plan),
};
