/**
 * Several quarters of reports with varied figures, rendered to the ministry's prose and read back
 * by the parser. The figures come from a seeded generator, so tests compare with what was
 * generated, never with what the parser made of it.
 */
import type { CoverageRecord, Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { renderReport } from "../../src/report/renderReport";
import { seedReport } from "./seed";

/** mulberry32: small, seeded, good enough for test figures. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Quarters {
  periods: string[];
  /** What was generated: period → "measure|orgType|territoryId" → figures. */
  figures: Map<string, Map<string, { covered: number; total: number }>>;
  texts: string[];
  /** The texts as the parser reads them. */
  reports: Report[];
}

export const figureKey = (r: Pick<CoverageRecord, "measure" | "orgType" | "territoryId">) =>
  `${r.measure}|${r.orgType}|${r.territoryId}`;

/** `n` consecutive quarters from 2023-Q1: each figure drifts from the last (some improve, some stall, some fall). */
export function quarters(n: number, seed = 1): Quarters {
  const rnd = random(seed);
  const base = seedReport();
  const periods = Array.from(
    { length: n },
    (_, i) => `${2023 + Math.floor(i / 4)}-Q${(i % 4) + 1}`
  );
  const figures = new Map<string, Map<string, { covered: number; total: number }>>();
  let previous = base.records.map((r) => ({ covered: r.covered, total: Math.max(1, r.total) }));
  const texts: string[] = [];
  periods.forEach((period, p) => {
    const now =
      p === 0
        ? previous
        : previous.map(({ covered, total }) => {
            const t = total + Math.floor(rnd() * 3);
            const step = rnd() < 0.3 ? 0 : Math.floor(rnd() * 6) - 1; // 30% stall; some fall by one
            return { covered: Math.max(0, Math.min(t, covered + step)), total: t };
          });
    const records: CoverageRecord[] = base.records.map((r, i) => ({
      ...r,
      period,
      covered: now[i].covered,
      total: now[i].total,
      statedPercent: Math.round((now[i].covered / now[i].total) * 100),
      statedChange: p === 0 ? r.statedChange : now[i].covered - previous[i].covered,
    }));
    figures.set(
      period,
      new Map(records.map((r) => [figureKey(r), { covered: r.covered, total: r.total }]))
    );
    texts.push(renderReport({ ...base, period, records }));
    previous = now;
  });
  return { periods, figures, texts, reports: texts.map((t) => parseReport(t)) };
}

/**
 * The report with its first non-zero stated change off by `by`, rendered and read back: a stated
 * change the figures of the period before contradict. `wrong` is the record as generated.
 */
export function withWrongStatedChange(
  report: Report,
  by = 7
): { report: Report; wrong: CoverageRecord } {
  const wrong = report.records.find((r) => r.statedChange !== null && r.statedChange !== 0)!;
  const records = report.records.map((r) =>
    r === wrong ? { ...r, statedChange: r.statedChange! + by } : r
  );
  return { report: parseReport(renderReport({ ...report, records })), wrong };
}
