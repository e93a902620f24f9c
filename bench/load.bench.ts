import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../src/domain/report";
import { loadPlanIntoExcel } from "../src/excel/loadPlan";
import { IMPORTS_LIMIT_BYTES, storedImportsBytes } from "../src/excel/persistImports";
import { parseReportStrict } from "../src/report/parseReport";
import { planWorkbook } from "../src/workbook/planWorkbook";
import { writeXlsx } from "../src/xlsx/writeXlsx";
import { StrictExcelHost } from "../test/strictExcel/host";
import { medianMs, report } from "./harness";

const seed = parseReportStrict(readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8"));

function hundredfold(): Report[] {
  return Array.from({ length: 100 }, (_, i) => {
    const period = `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return { ...seed, period, records: seed.records.map((r) => ({ ...r, period })) };
  });
}

/** Syncs and the largest request and response, as the strict in-memory Excel counts them (JSON bytes). */
async function measureLoad(reports: Report[]) {
  const host = new StrictExcelHost().install();
  const plan = planWorkbook(reports);
  const t0 = performance.now();
  const outcome = await loadPlanIntoExcel(plan);
  const ms = performance.now() - t0;
  // The load's own syncs (LoadReport.syncs): the slicers' batch after it (2 more) is not counted.
  const syncs = outcome.kind === "loaded" ? outcome.syncs : NaN;
  const first = { syncs, maxMb: Math.max(...host.requests) / (1024 * 1024), ms };
  await loadPlanIntoExcel(plan, { previous: plan });
  const mb = (xs: number[]) => Math.max(...xs) / (1024 * 1024);
  return { ...first, maxMbAll: mb(host.requests), maxResponseMb: mb(host.responses) };
}

export async function benchLoad(): Promise<void> {
  const seedLoad = await measureLoad([seed]);
  report("load_syncs_seed", seedLoad.syncs, "syncs", 0);
  const big = await measureLoad(hundredfold());
  report("load_syncs_100x", big.syncs, "syncs", 0);
  report("load_max_request_mb_100x", big.maxMbAll, "MB");
  report("load_max_response_mb_100x", big.maxResponseMb, "MB");
  report("plan_and_queue_100x_ms", big.ms, "ms", 0);

  const plan = planWorkbook([seed]);
  let bytes = (await writeXlsx(plan)).length; // warm-up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    bytes = (await writeXlsx(plan)).length;
    times.push(performance.now() - t0);
  }
  report("xlsx_export_ms", times.sort((a, b) => a - b)[2], "ms", 0);
  report("xlsx_export_kb", bytes / 1024, "KB", 0);
  report(
    "plan_seed_ms",
    medianMs(() => planWorkbook([seed]), 9),
    "ms"
  );
}

/**
 * The imported reports' document setting at 25 and 100 seed-sized periods, in MB as counted against
 * Office's 2 MB per add-in (src/excel/storedImports.ts), and how many such periods fit.
 */
export function benchStoredImports(): void {
  const seed = readFileSync(join(__dirname, "../seeds/2023-q1.txt"), "utf8");
  const stored = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      period: `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
      text: seed,
    }));
  for (const n of [25, 100])
    report(`imports_setting_mb_${n}`, storedImportsBytes(stored(n)) / 1024 / 1024, "MB");
  report(
    "imports_setting_periods_fit",
    Math.floor(IMPORTS_LIMIT_BYTES / storedImportsBytes(stored(1))),
    "periods",
    0
  );
}
