import { type Measure, measureInfo, resolveMeasure } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll, resolveOrgType } from "../domain/orgTypes";
import type { Params } from "../domain/catalogue";
import { elsewhereFacts } from "../domain/levels";
import { nameList, resolveTerritory } from "../domain/resolveTerritory";
import type { Resolution } from "../domain/vocabulary";
import { type Territory, territoriesAt } from "../domain/territories";
import type { CoverageDataset, Figures } from "./dataset";
import { normalizePeriod } from "./period";
import { englishQueryText, type QueryCode, type QueryParamsOf } from "./queryMessages";

/**
 * Errors a query can answer with. Excel custom functions can carry a message only on #N/A
 * ("notAvailable": nothing to answer for that name/period) and #VALUE! ("invalidValue": the
 * argument is not one of the accepted words).
 */
export interface QueryError {
  kind: "notAvailable" | "invalidValue";
  /** In English (the CLI); a cell shows `code` and `params` in Office's language (queryMessages.ts). */
  message: string;
  code: QueryCode;
  params: Params;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: QueryError };

export const fail = <C extends QueryCode>(
  kind: QueryError["kind"],
  code: C,
  params: QueryParamsOf<C>
): { ok: false; error: QueryError } => ({
  ok: false,
  error: { kind, code, params: params as Params, message: englishQueryText(code, params) },
});

/** A word that is no measure or type: #VALUE!, saying what is accepted. */
const badWord = (r: Extract<Resolution<string>, { ok: false }>) =>
  fail("invalidValue", "unknown-word", { ...r.params });

/** A resolved question: one territory (or the country), one type or all, one measure, one period. */
export interface Cell {
  territory: Territory;
  orgType: OrgTypeOrAll;
  measure: Measure;
  period: string;
}

export function resolvePeriodArg(ds: CoverageDataset, period: unknown): QueryResult<string> {
  const loaded = ds.periods();
  if (period === undefined || period === null || period === "") {
    const latest = ds.latestPeriod();
    return latest ? { ok: true, value: latest } : fail("notAvailable", "no-report", {});
  }
  const p = normalizePeriod(period);
  if (p && loaded.includes(p)) return { ok: true, value: p };
  return fail("notAvailable", "unknown-period", {
    period: String(period),
    loaded: loaded.join(", "),
  });
}

/** Resolves the four arguments every coverage function takes. */
export function resolveCell(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  period?: unknown
): QueryResult<Cell> {
  const m = resolveMeasure(measure);
  if (!m.ok) return badWord(m);
  const o = resolveOrgType(orgType);
  if (!o.ok) return badWord(o);
  const t = resolveTerritoryArg(territory);
  if (!t.ok) return t;
  const p = resolvePeriodArg(ds, period);
  if (!p.ok) return p;
  if (!t.value.levels.includes(measureInfo(m.value).level))
    return fail("notAvailable", "reported-elsewhere", { ...elsewhereFacts(t.value, m.value) });
  return {
    ok: true,
    value: { territory: t.value, orgType: o.value, measure: m.value, period: p.value },
  };
}

/** A territory as people write it, or the #N/A every function gives for a name that does not resolve. */
export function resolveTerritoryArg(territory: unknown): QueryResult<Territory> {
  const t = resolveTerritory(territory);
  if (t.ok) return { ok: true, value: t.territory };
  return fail("notAvailable", "unresolved-territory", {
    reason: t.code,
    name: String(territory ?? "")
      .replace(/\s+/g, " ")
      .trim(),
    candidates: nameList(t.candidates),
  });
}

/** The period's report has no figure for the cell (of one type, or "" over its types). */
function noFigure(cell: Cell, orgType: OrgType | "") {
  return fail("notAvailable", "no-figure", {
    period: cell.period,
    measure: cell.measure,
    territory: cell.territory.nameRu,
    orgType,
  });
}

function typesOf(orgType: OrgTypeOrAll): readonly OrgType[] {
  return orgType === "all" ? ORG_TYPES : [orgType];
}

/** Covered and total for a resolved cell: one record, a sum over types, or the country. */
export function figuresOf(ds: CoverageDataset, cell: Cell): QueryResult<Figures> {
  const types = typesOf(cell.orgType);
  if (cell.territory.kind === "country") {
    const sum = ds.countrySum(cell.period, cell.measure, types);
    if (sum.total === 0)
      return fail("notAvailable", "no-country-figures", {
        measure: cell.measure,
        period: cell.period,
      });
    return { ok: true, value: sum };
  }
  let covered = 0;
  let total = 0;
  for (const type of types) {
    const r = ds.record(cell.period, cell.measure, cell.territory.id, type);
    if (!r) return noFigure(cell, type);
    covered += r.covered;
    total += r.total;
  }
  return { ok: true, value: { covered, total } };
}

/** The single entry point for "how covered is X": the CLI, the custom functions and the task pane all call this. */
export function queryFigures(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  period?: unknown
): QueryResult<Figures & { cell: Cell }> {
  const cell = resolveCell(ds, territory, orgType, measure, period);
  if (!cell.ok) return cell;
  const f = figuresOf(ds, cell.value);
  if (!f.ok) return f;
  return { ok: true, value: { ...f.value, cell: cell.value } };
}

export function queryCoverage(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  period?: unknown
): QueryResult<number> {
  const f = queryFigures(ds, territory, orgType, measure, period);
  return f.ok ? { ok: true, value: f.value.covered / f.value.total } : f;
}

/** The percentage exactly as the report states it (a territory and type, or the country headline for all types). */
export function queryStated(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  period?: unknown
): QueryResult<number> {
  const cell = resolveCell(ds, territory, orgType, measure, period);
  if (!cell.ok) return cell;
  const c = cell.value;
  if (c.territory.kind === "country") {
    const stated = ds
      .report(c.period)
      ?.statedTotals.find(
        (t) => t.quantity === "percent" && t.measure === c.measure && t.orgType === c.orgType
      );
    if (!stated)
      return fail("notAvailable", "no-national-percent", {
        period: c.period,
        measure: c.measure,
        orgType: c.orgType,
      });
    return { ok: true, value: stated.value / 100 };
  }
  if (c.orgType === "all") return fail("notAvailable", "stated-per-type", {});
  const r = ds.record(c.period, c.measure, c.territory.id, c.orgType);
  if (!r) return noFigure(c, c.orgType);
  return { ok: true, value: r.statedPercent / 100 };
}

export interface TerritoryCoverage {
  territory: Territory;
  /** As the report writes it. */
  name: string;
  covered: number;
  total: number;
  coverage: number;
}

/** Every territory reported for a measure, with its coverage for a type (or all), in the report's order. */
export function coverageByTerritory(
  ds: CoverageDataset,
  measure: Measure,
  orgType: OrgTypeOrAll,
  period: string
): TerritoryCoverage[] {
  const out: TerritoryCoverage[] = [];
  for (const t of territoriesAt(measureInfo(measure).level)) {
    const f = figuresOf(ds, { territory: t, orgType, measure, period });
    if (!f.ok) continue;
    const name = ds.record(period, measure, t.id, typesOf(orgType)[0])?.territoryName ?? t.nameRu;
    out.push({ territory: t, name, ...f.value, coverage: f.value.covered / f.value.total });
  }
  return out;
}

/** A threshold typed as 0.467, 46.7 or "46.7%"; above 1 it is read as a percentage. */
export function readThreshold(value: unknown): QueryResult<number | null> {
  if (value === undefined || value === null || value === "") return { ok: true, value: null };
  const n =
    typeof value === "number"
      ? value
      : Number(String(value).replace("%", "").replace(",", ".").trim());
  if (!Number.isFinite(n) || n < 0)
    return fail("invalidValue", "threshold-not-share", { value: String(value) });
  const share = typeof value === "string" && value.includes("%") ? n / 100 : n > 1 ? n / 100 : n;
  if (share > 1) return fail("invalidValue", "threshold-above-100", { value: String(value) });
  return { ok: true, value: share };
}

/** Territories below the threshold (default: the national coverage), worst first. */
export function queryLagging(
  ds: CoverageDataset,
  measure: unknown,
  orgType: unknown = "all",
  threshold?: unknown,
  period?: unknown
): QueryResult<{ threshold: number; rows: TerritoryCoverage[] }> {
  const m = resolveMeasure(measure);
  if (!m.ok) return badWord(m);
  const o = resolveOrgType(
    orgType === undefined || orgType === null || orgType === "" ? "all" : orgType
  );
  if (!o.ok) return badWord(o);
  const p = resolvePeriodArg(ds, period);
  if (!p.ok) return p;
  const th = readThreshold(threshold);
  if (!th.ok) return th;
  const national = ds.countrySum(p.value, m.value, typesOf(o.value));
  const limit = th.value ?? (national.total ? national.covered / national.total : 0);
  const rows = coverageByTerritory(ds, m.value, o.value, p.value)
    .filter((r) => r.coverage < limit)
    .sort((a, b) => a.coverage - b.coverage || a.name.localeCompare(b.name, "ru"));
  return { ok: true, value: { threshold: limit, rows } };
}

/** 1 = best coverage among the territories reported for the measure; ties share a rank. */
export function queryRank(
  ds: CoverageDataset,
  territory: unknown,
  orgType: unknown,
  measure: unknown,
  period?: unknown
): QueryResult<number> {
  const cell = resolveCell(ds, territory, orgType, measure, period);
  if (!cell.ok) return cell;
  const c = cell.value;
  if (c.territory.kind === "country") return fail("notAvailable", "country-no-rank", {});
  const all = coverageByTerritory(ds, c.measure, c.orgType, c.period);
  const mine = all.find((r) => r.territory.id === c.territory.id);
  if (!mine) return noFigure(c, "");
  return { ok: true, value: 1 + all.filter((r) => r.coverage > mine.coverage + 1e-12).length };
}

/** Territory names (as the report writes them) for a measure, or every territory when no measure is given. */
export function queryTerritories(ds: CoverageDataset, measure?: unknown): QueryResult<string[]> {
  const period = ds.latestPeriod();
  if (measure === undefined || measure === null || measure === "") {
    const names = new Set<string>();
    for (const level of ["region", "city"] as const)
      for (const t of territoriesAt(level)) names.add(t.nameRu);
    return { ok: true, value: [...names] };
  }
  const m = resolveMeasure(measure);
  if (!m.ok) return badWord(m);
  const names = territoriesAt(measureInfo(m.value).level).map(
    (t) =>
      (period ? ds.record(period, m.value, t.id, "school")?.territoryName : undefined) ?? t.nameRu
  );
  return { ok: true, value: names };
}
