/**
 * The pane's texts in English; its keys are every language's (the type Strings). A text with
 * values is a function of them, typed, so each language words it (and inflects its counts) as it
 * must: numbers.ts formats the numbers and picks the plural forms by CLDR's rules.
 */
import { counted, formatNumber } from "../../domain/numbers";

export const EN = {
  appTitle: "School Safety Coverage",
  preview:
    "Standalone preview: no Excel here. Browse the data, the lagging territories and the audit, import a report, or download the workbook.",
  inExcel: "Connected to Excel.",
  periods: "Periods loaded",
  language: "Language",
  tabData: "Data",
  tabLoad: "Load",
  tabLagging: "Lagging",
  tabImport: "Import",
  tabAudit: "Audit",
  measures: "Measures",
  orgTypes: "Organisation types",
  loadButton: "Load into workbook",
  loading: "Loading…",
  loaded: "Loaded. Sheets:",
  created: "created",
  updated: "updated",
  download: "Download workbook (.xlsx)",
  pivot: "Build a PivotTable",
  charts: "Redraw the charts",
  pivotNote:
    "The pivot sums Covered and Total by territory and type; coverage is Covered ÷ Total (Excel pivots built by add-ins have no calculated fields).",
  chartsNote: "Charts are on the Summary sheet: red bars are below the target.",
  editedTitle: "You edited figures in the Coverage table",
  editedBody: "Reloading would replace them with the report's figures:",
  replace: "Replace my edits",
  keep: "Keep my edits (cancel)",
  measure: "Measure",
  orgType: "Type",
  threshold: "Target (%)",
  nationalDefault: "Default: the national coverage",
  apply: "Apply to workbook",
  reset: "Back to national",
  applied: "Target written to the Settings sheet: the highlights follow.",
  laggingCount: (p: { n: number }) =>
    `${counted("en", p.n, { one: "territory", other: "territories" })} below`,
  laggingLine: (p: { n: number; target: string }) =>
    `${counted("en", p.n, { one: "territory", other: "territories" })} below ${p.target}`,
  noneLagging: "No territory is below the target.",
  importHint:
    "Paste the text of a quarterly report (from a PDF viewer too), or choose its file: PDF, Word .docx or .txt.",
  reportText: "Report text",
  chooseFile: "Choose a .pdf, .docx or .txt file",
  previewButton: "Preview",
  importSummary: (p: { figures: number; period: string; problems: number; differences: string }) =>
    `Found: ${counted("en", p.figures, { one: "territory figure", other: "territory figures" })}; Period: ${p.period}; problems: ${formatNumber("en", p.problems)}${p.differences}.`,
  notAReport:
    "This text holds no figures of a report: none of its lines reads as a territory with its figures (“г. Алматы (96 из 100) – 96%”) under a measure's heading. Check that it is the ministry's quarterly report.",
  period: "Period",
  noPeriod: "no period found",
  needsPeriod:
    'The report names no period, so it can\'t be added as one: add the sentence with its quarter ("По состоянию на 2 квартал 2023 года") and preview again.',
  issues: "Problems reading the text",
  noIssues: "The text reads cleanly.",
  issueError: "Error",
  issueWarning: "Warning",
  differencesFrom: (p: { period: string }) => `differences from ${p.period}`,
  differencesHeading: (p: { period: string }) => `Differences from ${p.period}`,
  contradictionsHeading: "Its own figures",
  changesLine: (p: { changed: number; stated: number; mismatched: number }) =>
    `${counted("en", p.changed, { one: "figure", other: "figures" })} changed; ${counted("en", p.stated, { one: "stated change", other: "stated changes" })}, ${formatNumber("en", p.mismatched)} of them not matching.`,
  differencesFromLoaded: (p: { period: string }) =>
    `Differences from the loaded ${p.period}, which this report replaces`,
  statedNotChecked: (p: { period: string }) =>
    `The report's stated changes are against ${p.period}, which is not loaded: they are not checked.`,
  contradictions: (p: { n: number }) =>
    `${counted("en", p.n, { one: "contradiction", other: "contradictions" })} in its own figures`,
  acceptErrors: "I have read the errors: add what could be read anyway",
  addPeriod: "Add as period",
  cancel: "Cancel",
  added: (p: { period: string }) => `Added. The EDU functions now answer for ${p.period}.`,
  replacesPeriod: (p: { period: string }) => `This replaces the loaded period ${p.period}.`,
  auditIntro: "Where the report's own figures disagree. Click one to select its row.",
  noFindings: "No contradictions: every figure adds up.",
  filter: "Filter",
  filterPlaceholder: "Almaty, schools…",
  rowN: (p: { n: number }) => `row ${p.n}`,
  all: "All",
  territory: "Territory",
  covered: "Covered",
  total: "Total",
  coverage: "Coverage",
  stated: "Stated",
  outOf: (p: { covered: string; total: string }) => `${p.covered} of ${p.total}`,
  rowCount: (p: { n: number }) => counted("en", p.n, { one: "row", other: "rows" }),
  lambdaOk: "=COVERAGE(territory, type, measure) works in this workbook too.",
  lambdaNo: "=COVERAGE(…) is not available here:",
  errorTitle: "Something went wrong",
  workbookLanguage: "Workbook language",
  moversHeading: "Changes: who moved",
  gains: "Biggest gains",
  falls: "Biggest falls",
  stalled: "Stalled (below the national coverage, no gain)",
  sortByChange: "Sort by change since the previous period (▲▼ points)",
  checkButton: "Check workbook",
  checking: "Reading back from Excel…",
  checkOk: (p: { n: number }) =>
    `Excel computed all ${formatNumber("en", p.n)} figures as the report.`,
  checkMismatches: (p: { n: number; of: number }) =>
    `${counted("en", p.n, { one: "figure differs", other: "figures differ" })} from the report (of ${formatNumber("en", p.of)})`,
  checkMismatchList: "Figures that differ from the report",
  checkExpected: "report",
  marksOk: (p: { n: number }) =>
    `Highlights: all ${formatNumber("en", p.n)} rows as the report implies.`,
  marksWrong: (p: { n: number }) =>
    `${counted("en", p.n, { one: "row", other: "rows" })} highlighted otherwise than the report implies`,
  marksUnavailable: "Highlights not read: this Excel lacks",
  checkRowsUnread: (p: { n: number }) =>
    `${counted("en", p.n, { one: "row", other: "rows" })} of the table did not come back from Excel and were not checked.`,
  checkColumnsMissing: (p: { columns: string }) =>
    `Not checked: the table has no column headed as the add-in's ${p.columns}.`,
  copyDiagnostics: "Copy diagnostics",
  copied: "Copied.",
  copyManually: "Diagnostics: copy this text",
  mapTitle: (p: { measure: string; type: string; period: string }) =>
    `Coverage map: ${p.measure}, ${p.type}, ${p.period}`,
  mapTile: (p: { name: string; coverage: string }) => `${p.name}: ${p.coverage} coverage`,
  mapBelow: "below the target",
  mapAtTarget: "at or above the target",
  mapNoFigure: "no figure in the report",
  mapLegendBelow: "Red or amber frame with a corner: below the target (red: under half of it).",
  mapHintExcel:
    "Choose a territory to see its card below and select its rows in the Coverage table.",
  mapHintPreview:
    "Choose a territory to see its card below; from the card, its rows in the Data tab.",
  mapSelected: (p: { name: string; n: number }) =>
    `${p.name}: ${counted("en", p.n, { one: "row", other: "rows" })} selected in the Coverage table.`,
  mapSelectedFirst: (p: { name: string; n: number; total: number }) =>
    `${p.name}: ${p.n} of its ${counted("en", p.total, { one: "row", other: "rows" })} selected in the Coverage table, the first block only: this version of Excel selects one block at a time (several need ExcelApi 1.18).`,
  mapNotInWorkbook: (p: { name: string }) =>
    `${p.name}: the Coverage table has no rows for this measure, type and period. Load them first.`,
  showingTerritory: (p: { name: string; measure: string; type: string }) =>
    `Rows of ${p.name}: ${p.measure}, ${p.type}`,
  showAllRows: "Show all rows",
  cardClose: "Close",
  cardNoFigure: "no figure",
  cardChangeNote: "Change is in percentage points.",
  cardShowRows: "Show its rows in the Data tab",
  nationalTitle: (p: { period: string }) => `Across Kazakhstan, ${p.period}`,
  nationalCovered: (p: { covered: number; total: number }) =>
    `${formatNumber("en", p.covered)} of ${formatNumber("en", p.total)} organisations`,
  /** `period`: the id ("2023-Q1"), each language words it. */
  nationalChange: (p: { points: string; period: string }) => `${p.points} pp since ${p.period}`,
  nationalFirst:
    "One period loaded: the change since the previous one shows once the next quarter is imported.",
  filterHint: "Words in any order and any of the three languages: a territory, a type, a measure.",
  type: "Type",
  readingFile: "Reading the file…",
  /** While a tab's code arrives (its first showing). */
  opening: "Opening…",
  addedPreview: (p: { period: string }) =>
    `Added ${p.period} to this page's data: the Data, Lagging and Audit tabs show it, and this browser keeps it for your next visit. In Excel, an import is stored in the workbook and the EDU functions answer for it.`,
  auditIntroPreview:
    "Where the report's own figures disagree. Choose one to see its rows in the Data tab.",
  readLanguages: "Read",
  readRussian: "Russian",
  readKazakh: "Kazakh",
  readBoth: "Russian and Kazakh",
  readSameFigures: "the same figures",
  readDifferingFigures: "figures that differ between them",
  footnotesHeading: "Footnotes",
  footnoteFigures: "figures marked",
  reportHeading: "Write the report",
  reportIntro:
    "The quarter's report in the ministry's words, every figure computed from the loaded data: shares, totals and changes.",
  reportPeriod: "Quarter",
  reportCompare: "Compare with",
  reportNoCompare: "no comparison",
  reportLanguage: "Report language",
  writtenText: "The report's text",
  reportDocx: "Download .docx",
  reportCopy: "Copy text",
  reportEdited: (p: { n: number }) =>
    `${counted("en", p.n, { one: "figure", other: "figures" })} written as the workbook's table has them (your edits), not as the report gave them.`,
  reportReread: "Read the workbook again",
  reportCopied: "Copied.",
  reportDifferences:
    "These figures differ between measures in the data; the report gives each as its measure has it:",
  reportDifference: (p: { territory: string; type: string; totals: string }) =>
    `${p.territory}, ${p.type}: ${p.totals}`,
  /** What went wrong with Excel, by the kind of its error code (friendlyError.ts); d: Excel's own words. */
  /** After a failed load's own error, when putting the workbook back failed too; why: that failure, said. */
  notRestored: (why: string) => `The workbook could not be fully restored: ${why}`,
  excelErrors: {
    tooLarge: (_d: string) =>
      "Excel refused a request as too large. Load fewer measures or types at a time, then load again.",
    needsNewerExcel: (d: string) =>
      `This version of Excel lacks a feature the add-in needs (${d}). Update Office, or use Excel on the web.`,
    alreadyExists: (d: string) =>
      `A sheet, table or name of that name already exists (${d}). Rename yours, then try again.`,
    gone: (d: string) =>
      `Something the add-in wrote is gone (${d}). Load the data into the workbook again.`,
    busy: (d: string) => `Excel is busy (${d}): wait a moment, then try again.`,
    editing: (_d: string) =>
      "Excel is waiting for the cell you are editing. Finish editing the cell (press Enter or Esc), then try again.",
    other: (d: string) => `${d} Nothing else was changed; try again, or reload the pane.`,
  },
};

export type Strings = typeof EN;
