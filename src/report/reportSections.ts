/**
 * What both languages' renderers (renderReport.ts, renderKazakh.ts) take from a report the same
 * way: a measure's headline figures, and its lists in their order.
 */
import { type Measure, measureInfo, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../domain/report";
import { shuffled } from "./reportStyle";

/** A stated figure for a type (or all types) among a headline's figures; 0 when none is stated. */
export function valueFor(totals: readonly StatedTotal[], orgType: OrgTypeOrAll): number {
  return totals.find((t) => t.orgType === orgType)?.value ?? 0;
}

/** A measure's headline figures as the report states them, for either language's renderer. */
export interface HeadlineFigures {
  /** The level's base; the measure's own where its lists sum to another (writeReport.ts). */
  base: StatedTotal[];
  /** The measure's own base, when it states one (empty otherwise). */
  own: StatedTotal[];
  covered: StatedTotal[];
  /** Its share over all types. */
  percent: number;
  /** Its covered count's change since the period compared with, when stated. */
  change: number | null;
}

export function headlineFigures(report: Report, measure: Measure): HeadlineFigures {
  const level = measureInfo(measure).level;
  const stated = (q: StatedTotal["quantity"], m: Measure | null) =>
    report.statedTotals.filter((t) => t.quantity === q && t.level === level && t.measure === m);
  const own = stated("total", measure);
  return {
    base: own.length > 0 && measure === "video" ? own : stated("total", null),
    own,
    covered: stated("covered", measure),
    percent: stated("percent", measure).find((t) => t.orgType === "all")?.value ?? 0,
    change: stated("change", measure).find((t) => t.orgType === "all")?.value ?? null,
  };
}

/** How a language writes a measure's lists (renderSections, renderKazakhSections). */
export interface ListWriting {
  /** Shuffle the lists and their items (a seed), or keep the report's order. */
  shuffle: number | undefined;
  heading: (orgType: OrgType) => string;
  item: (r: CoverageRecord, index: number) => string;
  /** Each item on its own line. */
  ownLines: boolean;
  /** A line after a list, when there is something to say of it. */
  afterList: (measure: Measure, orgType: OrgType) => string | null;
}

/** A measure's lists: per type its heading, its items, and what is said after them. */
export function listLines(report: Report, measure: Measure, w: ListWriting): string[] {
  const out: string[] = [];
  const arrange = <T>(items: readonly T[], salt: number): T[] =>
    w.shuffle === undefined ? [...items] : shuffled(items, w.shuffle * 31 + salt);
  for (const orgType of arrange(ORG_TYPES, MEASURE_IDS.indexOf(measure))) {
    const rows = arrange(
      report.records.filter((r) => r.measure === measure && r.orgType === orgType),
      ORG_TYPES.indexOf(orgType) + 7
    );
    const after = w.afterList(measure, orgType);
    if (rows.length === 0 && !after) continue;
    out.push(w.heading(orgType));
    if (rows.length) out.push(rows.map(w.item).join(w.ownLines ? ";\n" : "; ") + ".");
    if (after) out.push(after);
  }
  return out;
}
