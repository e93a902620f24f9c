/*
 * The EDU custom functions. custom-functions-metadata reads the JSDoc below to write functions.json
 * and its webpack plugin appends the CustomFunctions.associate calls: nothing is registered by hand.
 * Territory, type and measure are matrix parameters: a range spills one answer per cell (spill.ts).
 * Every function answers through the same QueryCache the CLI uses, so cell and command line agree.
 */
import type { QueryResult } from "../analysis/query";
import { loadQueryTexts } from "../analysis/queryLanguages";
import { queryMessage } from "../analysis/queryMessages";
import { territoryCard } from "../analysis/territoryCard";
import { cellError, cellValue, officeLang } from "./cellResult";
import { spill } from "./spill";
import { runtimeStore } from "./runtime";
import { entityFeatures, entityValuesSupported, territoryEntity } from "./territoryEntity";

const queries = () => runtimeStore.queries;

/** A successful answer transformed; a failure passed on as it is. */
function mapOk<T, U>(r: QueryResult<T>, f: (value: T) => U): QueryResult<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/** The query messages in Office's language, fetched with the first answer (none for English). */
let queryTexts: Promise<void> | undefined;

/**
 * Waits for the reports stored in the workbook only while they are being restored (milliseconds),
 * and, before the first answer, for the messages a cell may say. A fetch that failed is tried again
 * by the next answer; meanwhile a cell says its error in English, which still says what is wrong.
 */
async function ready(): Promise<void> {
  queryTexts ??= loadQueryTexts(officeLang()).catch(() => {
    queryTexts = undefined;
  });
  await queryTexts;
  if (!runtimeStore.ready) await runtimeStore.whenReady();
}

/**
 * Coverage: the share of organisations that have the measure (covered ÷ total). Format the cell as %.
 * @customfunction COVERAGE
 * @param territory Territory as people write it: "Алматы", "ВКО", "Almaty Region", "Казахстан"; or a range of them (one answer per cell).
 * @param orgType kindergarten, school, college or all (also детсад, школа, колледж).
 * @param measure video (ЦОУ), guard, panic or turnstile (also охрана, кнопка, турникеты).
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns Covered ÷ total, between 0 and 1.
 */
export async function coverage(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) => queries().coverage(t, o, m, period));
}

/**
 * Number of organisations that have the measure.
 * @customfunction COVERED
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns Organisations covered.
 */
export async function covered(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) =>
    mapOk(queries().figures(t, o, m, period), (f) => f.covered)
  );
}

/**
 * Number of organisations the measure is counted against (the base).
 * @customfunction TOTAL
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns Organisations in the base.
 */
export async function total(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) =>
    mapOk(queries().figures(t, o, m, period), (f) => f.total)
  );
}

/**
 * Organisations still without the measure (total − covered).
 * @customfunction GAP
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns Organisations not yet covered.
 */
export async function gap(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) =>
    mapOk(queries().figures(t, o, m, period), (f) => f.total - f.covered)
  );
}

/**
 * The percentage exactly as the report states it (it can disagree with EDU.COVERAGE: the audit lists where).
 * @customfunction STATED
 * @param territory Territory as people write it; "Казахстан" for the report's national headline.
 * @param orgType kindergarten, school or college (all: only for Казахстан).
 * @param measure video, guard, panic or turnstile.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns The stated share, between 0 and 1.
 */
export async function stated(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) => queries().stated(t, o, m, period));
}

/**
 * Territories below a threshold, worst first, with their coverage (spills two columns).
 * @customfunction LAGGING
 * @param measure video, guard, panic or turnstile.
 * @param [orgType] kindergarten, school, college or all (default all).
 * @param [threshold] Share (0.5) or percentage (50); default: the national coverage for the measure and type.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns Rows of territory name and coverage.
 */
export async function lagging(
  measure: string,
  orgType?: string,
  threshold?: number,
  period?: string
  // A name column and a number column: the metadata format has no union types, hence any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[][]> {
  await ready();
  const result = cellValue(queries().lagging(measure, orgType, threshold, period));
  if (result.rows.length === 0) {
    const threshold = (result.threshold * 100).toFixed(1);
    const none = { code: "none-below", message: "", params: { threshold } };
    return [[queryMessage(none, officeLang()), ""]];
  }
  return result.rows.map((r) => [r.name, r.coverage]);
}

/**
 * Rank of a territory's coverage among the territories reported for the measure (1 = best; ties share a rank).
 * @customfunction RANK
 * @param territory Territory as people write it.
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns 1 for the best coverage.
 */
export async function rank(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  period?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) => queries().rank(t, o, m, period));
}

/**
 * The territory names the report uses for a measure (spills down); every territory when no measure is given.
 * @customfunction TERRITORIES
 * @param [measure] video (20 regions) or guard, panic, turnstile (20 large-city groups).
 * @returns One name per row.
 */
export async function territories(measure?: string): Promise<string[][]> {
  await ready();
  return cellValue(queries().territories(measure)).map((name) => [name]);
}

/**
 * Change in coverage between two loaded periods, in percentage points as a fraction (format the cell as %).
 * @customfunction CHANGE
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [from] Period such as "2023-Q1"; the period before `to` when omitted.
 * @param [to] Period such as "2023-Q2"; the latest loaded when omitted.
 * @returns Coverage in `to` minus coverage in `from`.
 */
export async function change(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  from?: string,
  to?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) =>
    mapOk(queries().change(t, o, m, from, to), (c) => c.points)
  );
}

/**
 * Change in the number of organisations covered between two loaded periods.
 * @customfunction CHANGEIN
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @param [from] Period such as "2023-Q1"; the period before `to` when omitted.
 * @param [to] Period such as "2023-Q2"; the latest loaded when omitted.
 * @returns Organisations covered in `to` minus those in `from`.
 */
export async function changeIn(
  territory: string[][],
  orgType: string[][],
  measure: string[][],
  from?: string,
  to?: string
): Promise<number[][]> {
  await ready();
  return spill([territory, orgType, measure], (t, o, m) =>
    mapOk(queries().change(t, o, m, from, to), (c) => c.covered)
  );
}

/**
 * The periods and the coverage in each, oldest first (spills two columns).
 * @customfunction SERIES
 * @param territory Territory as people write it: "Алматы", "ВКО", "Казахстан".
 * @param orgType kindergarten, school, college or all.
 * @param measure video, guard, panic or turnstile.
 * @returns Rows of period and coverage.
 */
export async function series(
  territory: string,
  orgType: string,
  measure: string
  // A period column and a number column: the metadata format has no union types, hence any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[][]> {
  await ready();
  return cellValue(queries().series(territory, orgType, measure)).map((r) => [
    r.period,
    r.coverage.ok ? r.coverage.value : cellError(r.coverage),
  ]);
}

/**
 * A territory's card (an Excel data type): name, region, and per measure and type coverage, covered, total, stated %, rank and change; =A1.[Turnstiles, schools: coverage] reads a field. Where Excel shows no cards (Excel 2021, 2024), the name as text.
 * @customfunction TERRITORY
 * @param name Territory as people write it: "Алматы", "ВКО", "Almaty Region", "Казахстан".
 * @param [period] Period such as "2023-Q1"; the latest loaded when omitted.
 * @returns The territory's card; the official name as text where Excel cannot show a card.
 */
export async function territory(
  name: string,
  period?: string
): Promise<Excel.EntityCellValue | string> {
  await ready();
  const card = cellValue(territoryCard(queries(), name, period, officeLang()));
  return entityValuesSupported() ? territoryEntity(card, entityFeatures()) : card.name;
}
