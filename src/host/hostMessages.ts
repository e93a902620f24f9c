/**
 * What the Excel side (src/excel) and the preview tell the pane, in English, Russian and Kazakh: the
 * one catalogue for load warnings, the pivot's and the =COVERAGE name's outcomes, and the errors the
 * add-in raises itself. The Excel side returns a code and params (a {@link HostNotice}); the pane
 * renders it in its current language, so a language switch re-renders it too.
 *
 * Each code's params and English are here; its Russian and Kazakh texts are in hostMessages.ru.ts and
 * hostMessages.kk.ts, fetched one language at a time (src/host/messageTexts.ts).
 */
import {
  catalogue,
  nameInSentence,
  type Params,
  type ParamsOf,
  renderTemplate,
  SaidError,
  template,
  type Template,
} from "../domain/catalogue";
import type { Lang } from "../domain/lang";

/** The writes that take turns (writeLock.ts), as each language names them. */
const WRITE_EN: Readonly<Record<string, string>> = {
  load: "The load",
  import: "Saving the import",
  targets: "Applying the targets",
  pivot: "Building the pivot",
  name: "Defining =COVERAGE",
};

export const HOST_TEMPLATES = catalogue("host", {
  "slicers-need-1.10": template({
    needs: ["sheet"],
    en: (p) =>
      `Slicers were not added: this Excel lacks ExcelApi 1.10. Filter the data table with its header buttons, or add slicers on the ${p.sheet} sheet with Insert › Slicer.`,
  }),
  "slicers-failed": template({
    needs: ["sheet", "reason"],
    en: (p) =>
      `The data is loaded, but the slicers could not be added on the ${p.sheet} sheet (${p.reason}). Filter the data table with its header buttons, or add slicers with Insert › Slicer.`,
  }),
  "slicer-selection-cleared": template({
    needs: ["table"],
    en: (p) =>
      `The slicers' selection on the table ${p.table} was cleared to write the new figures: every row shows again. Choose in the slicers again if you need to.`,
  }),
  "table-filters-cleared": template({
    needs: ["table"],
    en: (p) =>
      `The filters on the table ${p.table} were cleared to write the new figures: every row shows again. Filter it again with its header buttons if you need to.`,
  }),
  "dropdowns-need-1.8": template({
    needs: ["sheet"],
    en: (p) =>
      `The ${p.sheet} sheet has no dropdowns: this Excel lacks ExcelApi 1.8. Type the measure, type and period into its yellow cells as its lists write them.`,
  }),
  "headers-renamed": template({
    needs: ["table"],
    en: (p) =>
      `The table ${p.table} was made in another language: its headers were renamed, and Excel renames the columns in formulas that refer to them. A PivotTable on it may lose the renamed fields at its next refresh: add them again.`,
  }),
  "columns-added": template({
    needs: ["table", "columns"],
    en: (p) =>
      `The table ${p.table} gained the column ${p.columns}, which this version of the add-in writes; your formulas and pivots on the table keep working.`,
  }),
  "table-rebuilt": template({
    needs: ["table"],
    en: (p) =>
      `The table ${p.table} had another layout and was rebuilt; formulas that referred to it now refer to its old cells.`,
  }),
  "charts-need-1.7": template({
    needs: ["sheet"],
    en: (p) =>
      `Charts were not drawn: this Excel lacks ExcelApi 1.7. Their data is on the ${p.sheet} sheet.`,
  }),
  "pivot-needs-1.8": template({
    needs: [],
    en: () =>
      "PivotTables need ExcelApi 1.8 (Excel 2019 or Microsoft 365). Use Insert › PivotTable on the data table instead.",
  }),
  "pivot-sheet-taken": template({
    needs: ["sheet"],
    en: (p) =>
      `A sheet named '${p.sheet}' already exists and was not made by this add-in: rename it, then build the pivot again.`,
  }),
  "names-need-1.7": template({
    needs: [],
    en: () =>
      "This Excel cannot define names from an add-in (ExcelApi 1.7 is missing); use =EDU.COVERAGE(…) instead.",
  }),
  "lambda-needs-load": template({
    needs: [],
    en: () => "load the data into the workbook first; then =COVERAGE(…) can be defined and tested.",
  }),
  "lambda-busy": template({
    needs: [],
    en: () => "=COVERAGE(…) is defined, but Excel had not computed it yet; try it in a cell.",
  }),
  "lambda-unsupported": template({
    /** value: what the test cell gave. */
    needs: ["value"],
    en: (p) =>
      `this Excel does not evaluate LAMBDA names (a test cell gave ${p.value}); the name was removed. Use =EDU.COVERAGE(…) instead.`,
  }),
  "lambda-failed": template({
    /** detail: what Excel said, as it said it. */
    needs: ["detail"],
    en: (p) => `the name could not be defined (${p.detail}); use =EDU.COVERAGE(…) instead.`,
  }),
  "not-in-excel": template({
    needs: [],
    en: () => "Not in Excel.",
  }),
  "write-needs-excel": template({
    needs: [],
    en: () => "Open the add-in in Excel to write into a workbook; here you can download it.",
  }),
  "preview-not-kept": template({
    /** detail: what the browser said, as it said it. */
    needs: ["period", "detail"],
    en: (p) =>
      `${p.period} is added to this page, but this browser does not let the page keep it (${p.detail}): it is gone when the page is closed.`,
  }),
  "restore-failed": template({
    needs: ["detail"],
    en: (p) => `The reports stored in this workbook could not be restored: ${p.detail}`,
  }),
  "write-busy": template({
    /** running, asked: "load", "import", "targets", "pivot" or "name" (writeLock.ts). */
    needs: ["running", "asked"],
    en: (p) =>
      `${WRITE_EN[p.asked] ?? p.asked} was not started: ${nameInSentence(WRITE_EN, p.running)} is still writing to this workbook. Nothing was changed; try again when it has finished.`,
  }),
  "write-busy-elsewhere": template({
    /** running, asked: write kinds (writeLock.ts); since: "hh:mm", when the other window started. */
    needs: ["running", "asked", "since"],
    en: (p) =>
      `${WRITE_EN[p.asked] ?? p.asked} was not started: another window of this workbook has been writing to it since ${p.since} (${nameInSentence(WRITE_EN, p.running)}). Nothing was changed; try again when it has finished.`,
  }),
  "imports-too-large": template({
    /** periods: how many the import would store; mb: their size; limit: Office's, in MB. */
    needs: ["periods", "mb", "limit"],
    en: (p) =>
      `This import was not saved: with it the workbook would keep ${p.periods} imported reports, ${p.mb} MB, and Office keeps at most ${p.limit} MB of an add-in's settings in a workbook. Nothing was lost: the reports already stored stay. Keep older quarters in another workbook.`,
  }),
  "save-imports-failed": template({
    needs: ["detail"],
    en: (p) => `Could not save the imported report in the workbook: ${p.detail}`,
  }),
  "sheet-taken": template({
    /** sheets: their names, quoted and ", "-joined. */
    needs: ["sheets"],
    en: (p) =>
      `A sheet named ${p.sheets} already exists and was not made by this add-in. Rename it (or move its content), then load again: nothing was changed.`,
  }),
  "name-taken": template({
    needs: ["names"],
    en: (p) =>
      `The name ${p.names} is already used in this workbook by a table or defined name of yours (Excel keeps one namespace for both, ignoring case). Rename yours, then load again: nothing was changed.`,
  }),
  "rollback-incomplete": template({
    /** sheets: the add-in's sheets that were partly rewritten. */
    needs: ["sheets"],
    en: (p) =>
      `The add-in's sheets ${p.sheets} were partly rewritten and the plan they held is unknown: load again.`,
  }),
});

export type HostCode = keyof typeof HOST_TEMPLATES;

/** Something the Excel side tells the pane: a code and its params, rendered by the pane. */
export interface HostNotice<C extends HostCode = HostCode> {
  code: C;
  params: Params;
}

export function notice<C extends HostCode>(
  code: C,
  ...params: keyof ParamsOf<(typeof HOST_TEMPLATES)[C]> extends never
    ? []
    : [ParamsOf<(typeof HOST_TEMPLATES)[C]>]
): HostNotice<C> {
  return { code, params: (params[0] ?? {}) as Params };
}

/** A notice's text in the language. */
export function hostMessage(n: HostNotice, lang: Lang): string {
  const t: Template<string, string> = HOST_TEMPLATES[n.code];
  return renderTemplate(t, n.params, lang) ?? n.code;
}

/** An error the add-in raises itself, with its text from the catalogue. */
export class HostError extends SaidError {
  constructor(readonly notice: HostNotice) {
    super(hostMessage(notice, "en"));
    this.name = "HostError";
  }

  say(lang: Lang): string {
    return hostMessage(this.notice, lang);
  }
}
