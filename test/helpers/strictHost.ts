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

/** A deep copy of a value: objects keep their classes; Maps, Sets and cycles are copied; functions are shared. */
function deepCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(deepCopy(k, seen), deepCopy(v, seen));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(deepCopy(v, seen));
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const out = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
  seen.set(value, out);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if ("value" in d) d.value = deepCopy(d.value, seen);
    Object.defineProperty(out, key, d);
  }
  return out as T;
}

/**
 * The host as it is now, copied (workbook, document settings, view): the copy and the original
 * share nothing a batch can change, so one prepared workbook serves many cases. The copy is
 * installed, with its counters and failure injection cleared as userWorkbook leaves them.
 */
export function copyHost(host: StrictExcelHost): StrictExcelHost {
  const copy = deepCopy(host);
  Object.assign(copy, { syncs: 0, requests: [], responses: [], trace: [], fail: null });
  return copy.install();
}
