import type { Report } from "../../src/domain/report";
import {
  type HostProfile,
  PROFILES,
  type StrictContext,
  StrictExcelHost,
} from "../strictExcel/host";
import { seedReport } from "./seed";

/** A workbook as a user has it: their own sheet with a formula and a note, nothing of the add-in's. */
export async function userWorkbook(
  profile: HostProfile = PROFILES.web,
  customFunctions: Record<string, (...a: unknown[]) => unknown> = {}
): Promise<StrictExcelHost> {
  const host = new StrictExcelHost(profile, customFunctions).install();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Notes").getRange("A1:B2").formulas = [
      ["My notes", "=1+1"],
      ["Keep", 42],
    ];
    await context.sync();
  });
  host.syncs = 0;
  host.requests = [];
  host.responses = [];
  host.trace = [];
  return host;
}

/** The seed as `n` periods: 240 × n data rows. */
export function periods(n: number): Report[] {
  const seed = seedReport();
  return Array.from({ length: n }, (_, i) => {
    const period = `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return { ...seed, period, records: seed.records.map((r) => ({ ...r, period })) };
  });
}

/** Runs a batch against the host as the user would act (not counted as the writer's syncs). */
export async function asUser(
  host: StrictExcelHost,
  batch: (context: StrictContext) => void
): Promise<void> {
  const { syncs, requests, responses, trace } = host;
  await host.run(async (context) => {
    batch(context);
    await context.sync();
  });
  Object.assign(host, {
    syncs,
    requests: [...requests],
    responses: [...responses],
    trace: [...trace],
  });
}
