import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CoverageDataset } from "../../src/analysis/dataset";
import type { Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";

export const SEED_PATH = join(__dirname, "../../seeds/2023-q1.txt");
export const SEED_TEXT = readFileSync(SEED_PATH, "utf8");

let cached: Report | null = null;
export function seedReport(): Report {
  cached ??= parseReport(SEED_TEXT);
  return cached;
}

export function seedDataset(): CoverageDataset {
  return new CoverageDataset([seedReport()]);
}

/** A minimal report: one measure sentence, one heading, the given items. */
export function snippet(
  items: string,
  opts: { heading?: string; measure?: string; period?: string } = {}
): string {
  const period = opts.period ?? "По состоянию на 2 квартал 2023 года";
  const measure = opts.measure ?? "системы видеонаблюдения подключены к ЦОУ.";
  const heading = opts.heading ?? "- организации среднего образования:";
  return `${period} ${measure}\nСправочно:\n${heading}\n${items}`;
}

/**
 * A next quarter drawn from a report: every covered count one up (within its total), under
 * `period`; its stated changes as `statedChange` says (default: as the report had them).
 */
export function oneUp(
  report: Report,
  period = "2023-Q2",
  statedChange: (covered: number, before: number) => number | null = () => null
): Report {
  return {
    ...report,
    period,
    records: report.records.map((r) => {
      const covered = Math.min(r.total, r.covered + 1);
      return {
        ...r,
        period,
        covered,
        statedChange: statedChange(covered, r.covered) ?? r.statedChange,
      };
    }),
  };
}
