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
