/**
 * npm run --silent excel-trace -- SCENARIO: the operations the Office.js writer queues against the
 * strict in-memory Excel, one JSON object per line, in order. The trace is recorded by the host as
 * the writer's own calls run (src/excel/loadPlan.ts), not modelled separately.
 *
 * Scenarios: first-load, reload, reload-edited, second-period.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPlanIntoExcel } from "../src/excel/loadPlan";
import { parseReportStrict } from "../src/report/parseReport";
import { renderReport } from "../src/report/renderReport";
import { planWorkbook } from "../src/workbook/planWorkbook";
import { StrictExcelHost } from "../test/strictExcel/host";

const SCENARIOS = ["first-load", "reload", "reload-edited", "second-period"] as const;
type Scenario = (typeof SCENARIOS)[number];

async function main(scenario: Scenario): Promise<void> {
  const seed = parseReportStrict(readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8"));
  const host = new StrictExcelHost().install();
  const first = planWorkbook([seed]);
  if (scenario !== "first-load") await loadPlanIntoExcel(first);
  if (scenario === "reload-edited")
    await host.run(async (context) => {
      // The user changes one Covered figure (the first data row's) by hand.
      context.workbook.worksheets.getItem("Coverage").getRange("J2").values = [[1]];
      await context.sync();
    });
  let plan = first;
  if (scenario === "second-period") {
    const next = parseReportStrict(renderReport({ ...seed, period: "2023-Q2", records: seed.records.map((r) => ({ ...r, period: "2023-Q2", covered: Math.min(r.total, r.covered + 1) })) }));
    plan = planWorkbook([seed, next]);
  }
  const s = host.snapshot();
  console.log(JSON.stringify({ op: "state", sheets: s.sheets.map((x) => x.name), tables: s.tables.map((t) => t.name), names: s.names.map((n) => n.name) }));
  host.trace = [];
  host.syncs = 0;
  const outcome = await loadPlanIntoExcel(plan, { previous: first, replaceEdited: scenario === "reload-edited" });
  for (const record of host.trace) console.log(JSON.stringify(record));
  if (outcome.kind !== "loaded") throw new Error(`the load asked for confirmation: ${JSON.stringify(outcome)}`);
}

const scenario = process.argv[2] as Scenario;
if (!SCENARIOS.includes(scenario)) {
  console.error(`usage: npm run --silent excel-trace -- ${SCENARIOS.join("|")}`);
  process.exit(2);
}
main(scenario).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
