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
 * loaded in the other language, reloaded in this one: its tables' headers renamed in place).
 * The language is the workbook's (default en).
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
import { WORKBOOK_LANGS, type WorkbookLang } from "../src/workbook/layout";
import { planWorkbook } from "../src/workbook/planWorkbook";
import { StrictExcelHost } from "../test/strictExcel/host";

const SCENARIOS = [
  "first-load",
  "reload",
  "reload-edited",
  "second-period",
  "switch-language",
] as const;
type Scenario = (typeof SCENARIOS)[number];

async function main(scenario: Scenario, lang: WorkbookLang): Promise<void> {
  const seed = parseReportStrict(readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8"));
  // EDU.COVERAGE as the shared runtime answers it, for the =COVERAGE name's probe.
  installCustomFunctionsHost();
  runtimeStore.addImported(seed, "");
  runtimeStore.setReady();
  const host = new StrictExcelHost(undefined, {
    "EDU.COVERAGE": (...args: unknown[]) => (coverage as (...a: unknown[]) => unknown)(...args),
  }).install();
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
  const s = host.snapshot();
  console.log(
    JSON.stringify({
      op: "state",
      sheets: s.sheets.map((x) => x.name),
      tables: s.tables.map((t) => t.name),
      names: s.names.map((n) => n.name),
    })
  );
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
