import { type Level, type Measure, measureInfo, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, SourcePosition, StatedTotal } from "../domain/report";
import { territoryById } from "../domain/territories";
import type { Params } from "../domain/catalogue";
import { compareReports } from "./compare";
import { englishFinding, type FindingCode, type FindingParamsOf } from "./findingMessages";

export type { FindingCode };

/** One figure involved in a finding, with where the report states it (null when it is computed). */
export interface FindingFigure {
  label: string;
  value: number;
  position: SourcePosition | null;
}

/** A contradiction between figures of the report. Never "fixed": shown to the analyst as found. */
export interface Finding extends SourcePosition {
  code: FindingCode;
  /** In English (the CLI, the JSON); the pane and the Audit sheet render `params` in their language. */
  message: string;
  /** What the message says, as named values (findingMessages.ts renders them in English or Russian). */
  params: Params;
  measure: Measure | null;
  orgType: OrgTypeOrAll | null;
  territoryId: string | null;
  /** The figure as the report states it, and what the report's own rows give. */
  stated: number;
  computed: number;
  /** For a base mismatch: the measure whose base the others agree on (what "computed" is). */
  referenceMeasure: Measure | null;
  figures: FindingFigure[];
  /** For a stated change: the loaded period it was checked against. */
  comparedPeriod?: string;
}

/** Round half up to the precision the report used for the stated figure (93 → 0 decimals, 93.5 → 1). */
export function roundLike(value: number, stated: number): number {
  const decimals = Number.isInteger(stated) ? 0 : (String(stated).split(".")[1]?.length ?? 0);
  const f = 10 ** decimals;
  return Math.round(value * f + 1e-9) / f;
}

export function percentOf(covered: number, total: number): number {
  return total === 0 ? 0 : (covered / total) * 100;
}

const pos = (p: SourcePosition): SourcePosition => ({ line: p.line, column: p.column });

/** A finding's code, params and English message. */
function said<C extends FindingCode>(
  code: C,
  params: FindingParamsOf<C>
): { code: C; message: string; params: Params } {
  return { code, message: englishFinding(code, params), params: params as Params };
}

function checkPercents(records: readonly CoverageRecord[], out: Finding[]): void {
  for (const r of records) {
    const computed = roundLike(percentOf(r.covered, r.total), r.statedPercent);
    if (computed === r.statedPercent) continue;
    out.push({
      ...said("percent-mismatch", {
        territory: r.territoryName,
        measure: r.measure,
        orgType: r.orgType,
        covered: r.covered,
        total: r.total,
        computed,
        stated: r.statedPercent,
        ...pos(r),
      }),
      measure: r.measure,
      orgType: r.orgType,
      territoryId: r.territoryId,
      stated: r.statedPercent,
      computed,
      referenceMeasure: null,
      figures: [
        { label: "covered", value: r.covered, position: pos(r) },
        { label: "total", value: r.total, position: pos(r) },
        { label: "stated %", value: r.statedPercent, position: pos(r) },
      ],
      ...pos(r),
    });
  }
}

function findStated(
  totals: readonly StatedTotal[],
  quantity: StatedTotal["quantity"],
  level: Level,
  measure: Measure | null,
  orgType: OrgTypeOrAll
): StatedTotal | undefined {
  const of = (m: Measure | null) =>
    totals.find(
      (t) =>
        t.quantity === quantity && t.level === level && t.orgType === orgType && t.measure === m
    );
  // A base is the level's (measure null), unless the measure's headline states its own.
  return quantity === "total" ? (of(measure) ?? of(null)) : of(measure);
}

/** Rows of each section against the headline's stated totals, per type and over all types. */
function checkSums(report: Report, out: Finding[]): void {
  for (const measure of MEASURE_IDS) {
    const level = measureInfo(measure).level;
    const rows = report.records.filter((r) => r.measure === measure);
    if (rows.length === 0) continue;
    for (const orgType of [...ORG_TYPES, "all"] as OrgTypeOrAll[]) {
      const ofType = orgType === "all" ? rows : rows.filter((r) => r.orgType === orgType);
      if (ofType.length === 0) continue;
      const sums = {
        covered: ofType.reduce((s, r) => s + r.covered, 0),
        total: ofType.reduce((s, r) => s + r.total, 0),
      };
      for (const quantity of ["covered", "total"] as const) {
        const stated = findStated(report.statedTotals, quantity, level, measure, orgType);
        if (!stated || stated.value === sums[quantity]) continue;
        out.push({
          ...said(quantity === "covered" ? "covered-sum-mismatch" : "total-sum-mismatch", {
            measure,
            orgType,
            rows: ofType.length,
            sum: sums[quantity],
            stated: stated.value,
            ...pos(stated),
          }),
          measure,
          orgType,
          territoryId: null,
          stated: stated.value,
          computed: sums[quantity],
          referenceMeasure: null,
          figures: [
            { label: `stated ${quantity}`, value: stated.value, position: pos(stated) },
            { label: `sum of rows`, value: sums[quantity], position: null },
          ],
          ...pos(stated),
        });
      }
    }
  }
}

/**
 * A headline's stated change against its list's: when every row states its change, the headline's
 * is their sum. (A row without one leaves nothing to check: the headline may count it or not.)
 */
function checkChangeSums(report: Report, out: Finding[]): void {
  for (const stated of report.statedTotals.filter((t) => t.quantity === "change")) {
    const measure = stated.measure!;
    const rows = report.records.filter((r) => r.measure === measure);
    if (rows.length === 0 || rows.some((r) => r.statedChange === null)) continue;
    const sum = rows.reduce((s, r) => s + r.statedChange!, 0);
    if (sum === stated.value) continue;
    out.push({
      ...said("change-sum-mismatch", {
        measure,
        rows: rows.length,
        sum,
        stated: stated.value,
        ...pos(stated),
      }),
      measure,
      orgType: "all",
      territoryId: null,
      stated: stated.value,
      computed: sum,
      referenceMeasure: null,
      figures: [
        { label: "stated change", value: stated.value, position: pos(stated) },
        { label: "sum of the rows' changes", value: sum, position: null },
      ],
      ...pos(stated),
    });
  }
}

/** The same territory and type should have one base whatever the measure. */
function checkBases(records: readonly CoverageRecord[], out: Finding[]): void {
  const groups = new Map<string, CoverageRecord[]>();
  for (const r of records) {
    const key = `${r.period}|${r.territoryId}|${r.orgType}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const rows of groups.values()) {
    const values = new Map<number, CoverageRecord[]>();
    for (const r of rows) values.set(r.total, [...(values.get(r.total) ?? []), r]);
    if (values.size < 2) continue;
    // The value most measures agree on is "elsewhere"; each minority value is a finding.
    const ranked = [...values.entries()].sort((a, b) => b[1].length - a[1].length || b[0] - a[0]);
    const [usual, usualRows] = ranked[0];
    for (const [odd, oddRows] of ranked.slice(1)) {
      const first = oddRows[0];
      const name = territoryById(first.territoryId)?.nameRu ?? first.territoryName;
      out.push({
        ...said("base-mismatch", {
          territory: name,
          orgType: first.orgType,
          odd,
          oddMeasures: oddRows.map((r) => r.measure).join(", "),
          usual,
          usualMeasures: usualRows.map((r) => r.measure).join(", "),
          ...pos(first),
        }),
        measure: first.measure,
        orgType: first.orgType,
        territoryId: first.territoryId,
        stated: odd,
        computed: usual,
        referenceMeasure: usualRows[0].measure,
        figures: [...oddRows, ...usualRows].map((r) => ({
          label: `${r.measure} total`,
          value: r.total,
          position: pos(r),
        })),
        ...pos(first),
      });
    }
  }
}

/** The headline against itself: the parts against the whole, the share against the counts. */
function checkHeadlines(totals: readonly StatedTotal[], out: Finding[]): void {
  for (const all of totals.filter((t) => t.orgType === "all" && t.quantity !== "percent")) {
    const parts = totals.filter(
      (t) =>
        t.quantity === all.quantity &&
        t.level === all.level &&
        t.measure === all.measure &&
        t.orgType !== "all"
    );
    if (parts.length !== ORG_TYPES.length) continue;
    const sum = parts.reduce((s, t) => s + t.value, 0);
    if (sum === all.value) continue;
    out.push({
      ...said("headline-parts-mismatch", {
        subject: all.measure ?? all.level,
        quantity: all.quantity,
        stated: all.value,
        sum,
        ...pos(all),
      }),
      measure: all.measure,
      orgType: "all",
      territoryId: null,
      stated: all.value,
      computed: sum,
      referenceMeasure: null,
      figures: [all, ...parts].map((t) => ({
        label: `${t.orgType} ${t.quantity}`,
        value: t.value,
        position: pos(t),
      })),
      ...pos(all),
    });
  }
  for (const pct of totals.filter((t) => t.quantity === "percent")) {
    // Over all types (a headline's share) or one type (a list's total line).
    const covered = findStated(totals, "covered", pct.level, pct.measure, pct.orgType);
    const base = findStated(totals, "total", pct.level, pct.measure, pct.orgType);
    if (!covered || !base) continue;
    const computed = roundLike(percentOf(covered.value, base.value), pct.value);
    if (computed === pct.value) continue;
    out.push({
      ...said("headline-percent-mismatch", {
        measure: pct.measure ?? pct.level,
        covered: covered.value,
        base: base.value,
        computed,
        stated: pct.value,
        ...pos(pct),
      }),
      measure: pct.measure,
      orgType: pct.orgType,
      territoryId: null,
      stated: pct.value,
      computed,
      referenceMeasure: null,
      figures: [
        { label: "stated %", value: pct.value, position: pos(pct) },
        { label: "stated covered", value: covered.value, position: pos(covered) },
        { label: "stated total", value: base.value, position: pos(base) },
      ],
      ...pos(pct),
    });
  }
}

/** Reconcile the report against itself. Returns the findings in the order of the text. */
export function auditReport(report: Report): Finding[] {
  const out: Finding[] = [];
  checkPercents(report.records, out);
  checkSums(report, out);
  checkChangeSums(report, out);
  checkBases(report.records, out);
  checkHeadlines(report.statedTotals, out);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The report's own stated changes ("рост на +13") against the figures of the loaded period before
 * it: each one that differs is a finding. Nothing to check when no earlier period is loaded.
 */
export function auditStatedChanges(report: Report, previous: Report | undefined): Finding[] {
  if (!previous) return [];
  const before = new Map(
    previous.records.map((r) => [`${r.measure}|${r.orgType}|${r.territoryId}`, r])
  );
  return compareReports(previous, report)
    .changes.filter((c) => c.statedChangeMatches === false)
    .map((c) => {
      const now = report.records.find(
        (r) => r.measure === c.measure && r.orgType === c.orgType && r.territoryId === c.territoryId
      )!;
      const was = before.get(`${c.measure}|${c.orgType}|${c.territoryId}`)!;
      const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
      return {
        ...said("stated-change-mismatch", {
          territory: c.territoryName,
          measure: c.measure,
          orgType: c.orgType,
          stated: sign(c.statedChange!),
          computed: sign(c.coveredChange!),
          from: String(previous.period),
          to: String(report.period),
          was: was.covered,
          now: now.covered,
        }),
        measure: c.measure,
        orgType: c.orgType,
        territoryId: c.territoryId,
        stated: c.statedChange!,
        computed: c.coveredChange!,
        referenceMeasure: null,
        figures: [
          {
            label: `covered, ${previous.period}`,
            value: was.covered,
            position: { line: was.line, column: was.column },
          },
          {
            label: `covered, ${report.period}`,
            value: now.covered,
            position: { line: now.line, column: now.column },
          },
        ],
        comparedPeriod: previous.period ?? undefined,
        line: now.line,
        column: now.column,
      };
    });
}

/** Every loaded period's findings: its own contradictions, and its stated changes against the period before. */
export function auditPeriods(
  reports: readonly Report[]
): Array<{ period: string; findings: Finding[] }> {
  const sorted = [...reports].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  return sorted.map((r, i) => ({
    period: r.period ?? "unknown",
    findings: [...auditReport(r), ...auditStatedChanges(r, sorted[i - 1])].sort(
      (a, b) => a.line - b.line || a.column - b.column
    ),
  }));
}
