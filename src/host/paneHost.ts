import type { TableFigure } from "../workbook/edits";
import type { Finding } from "../analysis/audit";
import type { Measure } from "../domain/measures";
import type { OrgTypeOrAll } from "../domain/orgTypes";
import type { HostNotice } from "./hostMessages";
import type { WorkbookCheck } from "../workbook/checks";
import type { EditedFigure } from "../workbook/edits";
import type { ThresholdKey, WorkbookLang } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";

/**
 * The seam between the pane and whatever executes its requests: in Excel, src/excel (Office.js);
 * in a plain browser, the standalone preview. Neither side imports the other; both import this.
 */

export interface LoadReport {
  kind: "loaded";
  created: string[];
  updated: string[];
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  warnings: HostNotice[];
}

export type LoadOutcome = LoadReport | { kind: "needsConfirmation"; edited: EditedFigure[] };

export type PivotResult = { built: true } | { built: false; reason: HostNotice };

export type CoverageNameResult = { registered: true } | { registered: false; reason: HostNotice };

/** One territory's rows in the data table: a measure, a type (or all types), a period. */
export interface TerritoryRows {
  territoryId: string;
  measure: Measure;
  orgType: OrgTypeOrAll;
  period: string;
}

/**
 * What selecting a territory's rows did: `rows` the table holds for it, `selected` of them (fewer
 * where Excel selects one block at a time: RangeAreas.select needs ExcelApi 1.18).
 */
export interface TerritorySelection {
  rows: number;
  selected: number;
}

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
  /**
   * Selects the finding's row (of `period`): in the data table as it is now when it concerns one
   * territory, else the finding's row (`index`) on the Audit sheet.
   */
  selectFinding(finding: Finding, period: string, index: number): Promise<void>;
  /**
   * Selects the territory's rows in the data table as it is now (the pane's map): how many the
   * table holds (0: none) and how many were selected. The preview has no workbook: there the pane
   * shows the rows in its Data tab.
   */
  selectTerritory(rows: TerritoryRows): Promise<TerritorySelection>;
  buildPivot(plan: WorkbookPlan): Promise<PivotResult>;
  /** Defines =COVERAGE(…) and proves it evaluates; removes it where it does not. */
  registerCoverageName(lang: WorkbookLang): Promise<CoverageNameResult>;
  /** Reads back what Excel computed and compares it with the data core ("Check workbook"). */
  checkWorkbook(
    plan: WorkbookPlan,
    facts: { lastLoad?: LoadReport; lambda?: string }
  ): Promise<WorkbookCheck>;
  /** The recipe of the plan the add-in's sheets hold, as the workbook keeps it (unchecked), or null. */
  storedRecipe(): Promise<unknown>;
  /** The data table's figures as they are now; null without a workbook or its table (the preview). */
  workbookFigures(): Promise<TableFigure[] | null>;
  /**
   * Stores these report texts in the workbook (all imports, the new one included); once they are
   * stored, `commit` adds the import to the pane's store, and the workbook is recalculated so the
   * EDU functions answer for it. Nothing is committed when the texts could not be stored.
   */
  saveImports(
    texts: readonly { period: string; text: string }[],
    commit: () => void
  ): Promise<void>;
  downloadWorkbook(plan: WorkbookPlan): Promise<void>;
}
