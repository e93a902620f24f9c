/**
 * npm run --silent excel-trace -- SCENARIO [en|ru]: the operations the Office.js writer queues
 * against the strict in-memory Excel, one JSON object per line, in order. The trace is recorded by
 * the host as the writer's own calls run (src/excel/loadPlan.ts, then src/excel/coverageName.ts as the
 * pane runs it after a load), not modelled separately. Every queued operation has a record: the
 * ones the host knows by their effect (a table added, renamed; a conditional format with its
 * formula, fill, font and priority; the Map sheet's colour scales with their points and its
 * dropdowns with their lists; the Summary's slicers added, named, placed, and deleted on a
 * reload), the rest by member, target and arguments.
 *
 * Scenarios: first-load, reload, reload-edited, second-period, and switch-language (the workbook
 * loaded in the other language, reloaded in this one: its tables' headers renamed in place);
 * through the pane's own path (excelPaneHost: its write turns and workbook lock included):
 * import-then-reload (Load, Add as period, Load again), reopen-then-reload (Load, the workbook
 * saved and opened again, Load again), each ending with {"op":"load",...} (how it ended, and the
 * workbook's slicers), and sort-then-check (Load; the user sorts Coverage by its Coverage column
 * and filters it to schools; Check workbook), ending with {"op":"check","checked":N,"mismatches":M}.
 * The trace shows the last step's operations. The language is the workbook's (default en).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { registerCoverageName } from "../src/excel/coverageName";
import { loadPlanIntoExcel } from "../src/excel/loadPlan";
import { coverage } from "../src/functions/functions";
import { runtimeStore } from "../src/functions/runtime";
import { installCustomFunctionsHost } from "../test/helpers/customFunctionsHost";
import { oneUp } from "../test/helpers/seed";
import { parseReportStrict } from "../src/report/parseReport";
import { renderReport } from "../src/report/renderReport";
import { cellAddress } from "../src/workbook/a1";
import { COLUMN_INDEX } from "../src/workbook/coverageTable";
import { DATA_TABLE, WORKBOOK_LANGS, type WorkbookLang } from "../src/workbook/layout";
import { workbookLabels } from "../src/workbook/labels";
import { DatasetStore } from "../src/analysis/datasetStore";
import type { Report } from "../src/domain/report";
import type { LoadOutcome, PaneHost } from "../src/host/paneHost";
import { planWorkbook } from "../src/workbook/planWorkbook";
import { StrictExcelHost } from "../test/strictExcel/host";

const SCENARIOS = [
  "first-load",
  "reload",
  "reload-edited",
  "second-period",
  "switch-language",
  "import-then-reload",
  "reopen-then-reload",
  "sort-then-check",
] as const;
type Scenario = (typeof SCENARIOS)[number];

/** The pane as a workbook opened again finds it: every module of src/ loaded afresh. */
function freshPane(): PaneHost {
  const src = join(__dirname, "../src");
  for (const key of Object.keys(require.cache)) if (key.startsWith(src)) delete require.cache[key];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../src/excel/excelPaneHost") as typeof import("../src/excel/excelPaneHost"))
    .excelPaneHost;
}

const paneOptions = { replaceEdited: false, onProgress: () => undefined };

/** How a load ended, as the trace's last line says it: loaded, and the workbook's slicers. */
function loadEnd(host: StrictExcelHost, outcome: LoadOutcome): Record<string, unknown> {
  return {
    op: "load",
    kind: outcome.kind,
    ...(outcome.kind === "loaded" ? { warnings: outcome.warnings.map((w) => w.code) } : {}),
    slicers: host.model.slicers.map((x) => x.name),
  };
}

/** Load, Add as period (through the pane's own path), Load again. */
async function importThenReload(host: StrictExcelHost, seed: Report, lang: WorkbookLang) {
  const pane = freshPane();
  const first = planWorkbook([seed], { lang });
  await pane.load(first, paneOptions);
  const next = oneUp(seed);
  const text = renderReport(next);
  const store = new DatasetStore([seed]);
  await pane.saveImports(store.importedTextsWith(next, text), () => store.addImported(next, text));
  return { pane, plan: planWorkbook([seed, next], { lang }), previous: first };
}

/** Load, save and reopen (ids renumbered, the add-in's modules afresh), Load again. */
async function reopenThenReload(host: StrictExcelHost, seed: Report, lang: WorkbookLang) {
  const first = planWorkbook([seed], { lang });
  await freshPane().load(first, paneOptions);
  host.reopen();
  return { pane: freshPane(), plan: planWorkbook([seed, oneUp(seed)], { lang }), previous: first };
}

/** Load; the user sorts Coverage by its Coverage column, highest first, and filters it to schools. */
async function sortThenCheck(host: StrictExcelHost, seed: Report, lang: WorkbookLang) {
  const plan = planWorkbook([seed], { lang });
  await loadPlanIntoExcel(plan);
  await host.run(async (context) => {
    const table = context.workbook.tables.getItem(DATA_TABLE);
    table.sort.apply([{ key: COLUMN_INDEX.coverage, ascending: false }]);
    table.columns
      .getItem(workbookLabels(lang).coverageColumns.orgType)
      .filter.applyValuesFilter(["school"]);
    await context.sync();
  });
  return plan;
}

function printState(host: StrictExcelHost): void {
  const s = host.snapshot();
  console.log(
    JSON.stringify({
      op: "state",
      sheets: s.sheets.map((x) => x.name),
      tables: s.tables.map((t) => t.name),
      names: s.names.map((n) => n.name),
    })
  );
}

async function main(scenario: Scenario, lang: WorkbookLang): Promise<void> {
  const seed = parseReportStrict(readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8"));
  // EDU.COVERAGE as the shared runtime answers it, for the =COVERAGE name's probe.
  installCustomFunctionsHost();
  runtimeStore.addImported(seed, "");
  runtimeStore.setReady();
  const host = new StrictExcelHost(undefined, {
    "EDU.COVERAGE": (...args: unknown[]) => (coverage as (...a: unknown[]) => unknown)(...args),
  }).install();

  if (scenario === "sort-then-check") {
    const plan = await sortThenCheck(host, seed, lang);
    printState(host);
    host.trace = [];
    host.syncs = 0;
    const check = await freshPane().checkWorkbook(plan, {});
    for (const record of host.trace) console.log(JSON.stringify(record));
    console.log(
      JSON.stringify({ op: "check", checked: check.checked, mismatches: check.mismatches.length })
    );
    return;
  }
  if (scenario === "import-then-reload" || scenario === "reopen-then-reload") {
    const { pane, plan, previous } = await (
      scenario === "import-then-reload" ? importThenReload : reopenThenReload
    )(host, seed, lang);
    printState(host);
    host.trace = [];
    host.syncs = 0;
    const outcome = await pane.load(plan, { ...paneOptions, previous });
    for (const record of host.trace) console.log(JSON.stringify(record));
    console.log(JSON.stringify(loadEnd(host, outcome)));
    return;
  }

  const other = WORKBOOK_LANGS.find((l) => l !== lang)!;
  const first = planWorkbook([seed], { lang: scenario === "switch-language" ? other : lang });
  if (scenario !== "first-load") await loadPlanIntoExcel(first);
  if (scenario === "reload-edited")
    await host.run(async (context) => {
      // The user changes one Covered figure (the first data row's) by hand.
      context.workbook.worksheets
        .getItem("Coverage")
        .getRange(cellAddress(1, COLUMN_INDEX.covered)).values = [[1]];
      await context.sync();
    });
  let plan = scenario === "switch-language" ? planWorkbook([seed], { lang }) : first;
  if (scenario === "second-period") {
    const next = parseReportStrict(renderReport(oneUp(seed)));
    plan = planWorkbook([seed, next], { lang });
  }
  printState(host);
  host.trace = [];
  host.syncs = 0;
  const outcome = await loadPlanIntoExcel(plan, {
    previous: first,
    replaceEdited: scenario === "reload-edited",
  });
  if (outcome.kind !== "loaded")
    throw new Error(`the load asked for confirmation: ${JSON.stringify(outcome)}`);
  // Then, as the pane does after a load: the =COVERAGE LAMBDA name, proved by its probe.
  const named = await registerCoverageName(lang);
  for (const record of host.trace) console.log(JSON.stringify(record));
  console.log(JSON.stringify({ op: "coverageName", ...named }));
}

const scenario = process.argv[2] as Scenario;
const lang = (process.argv[3] ?? "en") as WorkbookLang;
if (!SCENARIOS.includes(scenario) || !WORKBOOK_LANGS.includes(lang)) {
  console.error(
    `usage: npm run --silent excel-trace -- ${SCENARIOS.join("|")} [${WORKBOOK_LANGS.join("|")}]`
  );
  process.exit(2);
}
main(scenario, lang).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
