import { type Level, MEASURE_IDS, measureInfo } from "../domain/measures";
import { ORG_TYPES } from "../domain/orgTypes";
import type { CoverageRecord } from "../domain/report";
import { territoriesAt } from "../domain/territories";
import type { IssueSink } from "./headlines";

/**
 * What a complete report has: a period, every measure, a list per measure and type, and every
 * territory of the list's level. `sections` holds where each (measure|type) list's heading stands.
 */
export function checkCompleteness(
  records: readonly CoverageRecord[],
  period: string | null,
  sections: ReadonlyMap<string, number>,
  issue: IssueSink
): void {
  if (period === null) issue("warning", "no-period", {}, 0, 60);
  for (const measure of MEASURE_IDS) {
    const level: Level = measureInfo(measure).level;
    const ofMeasure = records.filter((r) => r.measure === measure);
    if (ofMeasure.length === 0) {
      issue("warning", "missing-measure", { measure }, 0, 0);
      continue;
    }
    for (const orgType of ORG_TYPES) {
      const rows = ofMeasure.filter((r) => r.orgType === orgType);
      const at = sections.get(`${measure}|${orgType}`) ?? 0;
      if (rows.length === 0) {
        issue("warning", "missing-section", { measure, orgType }, at, at);
        continue;
      }
      const listed = new Set(rows.map((r) => r.territoryId));
      const missing = territoriesAt(level).filter((t) => !listed.has(t.id));
      if (missing.length > 0) {
        issue(
          "warning",
          "missing-territory",
          { measure, orgType, territories: missing.map((t) => t.nameRu).join(", ") },
          at,
          at + 40
        );
      }
    }
  }
}
