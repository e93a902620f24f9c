/**
 * The product brief's literal formula =COVERAGE("Алматы","school","turnstile"): a workbook-level
 * name holding a LAMBDA over EDU.COVERAGE. An Excel without LAMBDA (Excel 2021, older Mac builds)
 * may still accept the name and then answer #NAME? in every cell; so the name is proved by
 * evaluation: a probe cell calls it, its value is read, the probe is removed. A name that does not
 * evaluate is removed again and the pane says why.
 */
import { notice } from "../host/hostMessages";
import type { CoverageNameResult } from "../host/paneHost";
import { SETTINGS_LAYOUT } from "../workbook/settingsSheet";
import { workbookLabels } from "../workbook/labels";
import { SHEETS, type WorkbookLang } from "../workbook/layout";
import { cellAddress } from "../workbook/a1";
import { hasExcelApi } from "./requirements";

export const COVERAGE_NAME = "COVERAGE";
export const COVERAGE_LAMBDA =
  "=LAMBDA(territory, org_type, measure, EDU.COVERAGE(territory, org_type, measure))";
const PROBE_FORMULA = `=${COVERAGE_NAME}("Казахстан","all","video")`;
/** A cell of the add-in's Settings sheet, well away from its content. */
const PROBE_CELL = cellAddress(SETTINGS_LAYOUT.legendRow + 20, 0);
/** A custom function answers asynchronously (#BUSY! until then): how often and how long to look again. */
const PROBE_READS = 6;
const PROBE_WAIT_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Defines =COVERAGE(…), its comment in the workbook's language, and proves it evaluates. */
export async function registerCoverageName(lang: WorkbookLang = "en"): Promise<CoverageNameResult> {
  // NamedItemCollection.add is ExcelApi 1.4; reading and setting NamedItem.formula, 1.7.
  if (!hasExcelApi("1.7")) return { registered: false, reason: notice("names-need-1.7") };
  try {
    return await Excel.run(async (context) => {
      const existing = context.workbook.names.getItemOrNullObject(COVERAGE_NAME);
      existing.load("formula");
      const settings = context.workbook.worksheets.getItemOrNullObject(SHEETS.settings);
      await context.sync();
      // The probe needs the add-in's Settings sheet: without it nothing is defined (a failed sync would keep the name).
      if (settings.isNullObject) return { registered: false, reason: notice("lambda-needs-load") };
      if (existing.isNullObject)
        context.workbook.names.add(
          COVERAGE_NAME,
          COVERAGE_LAMBDA,
          workbookLabels(lang).coverageNameComment
        );
      else if (existing.formula !== COVERAGE_LAMBDA)
        context.workbook.names.getItem(COVERAGE_NAME).formula = COVERAGE_LAMBDA;
      const probe = context.workbook.worksheets.getItem(SHEETS.settings).getRange(PROBE_CELL);
      probe.formulas = [[PROBE_FORMULA]];
      await context.sync();
      let value: unknown = "#BUSY!";
      for (let i = 0; i < PROBE_READS && value === "#BUSY!"; i++) {
        if (i > 0) await wait(PROBE_WAIT_MS);
        probe.load("values");
        // Polling on purpose: a custom function shows #BUSY! until it settles; a few short reads.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        value = probe.values[0][0];
      }
      probe.clear();
      const works = typeof value === "number";
      if (!works && value !== "#BUSY!") context.workbook.names.getItem(COVERAGE_NAME).delete();
      await context.sync();
      if (works) return { registered: true };
      return {
        registered: false,
        reason:
          value === "#BUSY!"
            ? notice("lambda-busy")
            : notice("lambda-unsupported", { value: String(value) }),
      };
    });
  } catch (e) {
    return {
      registered: false,
      reason: notice("lambda-failed", { detail: e instanceof Error ? e.message : String(e) }),
    };
  }
}
