import type { DatasetStore } from "../analysis/datasetStore";
import type { Finding } from "../analysis/audit";
import type { CoverageNameResult } from "../excel/coverageName";
import type { PivotResult } from "../excel/pivot";
import type { LoadOutcome } from "../excel/writePlan";
import type { ThresholdKey } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";

/**
 * What the pane asks of its host. In Excel, src/excel executes it with Office.js; in a plain browser
 * (the standalone preview) only the download exists. The pane never calls Office.js itself.
 */
export interface PaneHost {
  kind: "excel" | "preview";
  load(
    plan: WorkbookPlan,
    options: {
      replaceEdited: boolean;
      previous?: WorkbookPlan;
      onProgress: (done: number, total: number) => void;
    }
  ): Promise<LoadOutcome>;
  /** Writes targets into the Settings cells: a share, or null to go back to the national coverage formula. */
  applyThresholds(targets: Partial<Record<ThresholdKey, number | null>>): Promise<void>;
  selectSheet(sheet: string): Promise<void>;
  /** Selects the finding's row: in the data table when it concerns one territory, else on the Audit sheet. */
  selectFinding(plan: WorkbookPlan, finding: Finding, index: number): Promise<void>;
  buildPivot(plan: WorkbookPlan): Promise<PivotResult>;
  registerCoverageName(): Promise<CoverageNameResult>;
  /** Stores the imports in the workbook and recalculates the EDU functions. */
  saveImports(store: DatasetStore): Promise<void>;
  downloadWorkbook(plan: WorkbookPlan): Promise<void>;
}
