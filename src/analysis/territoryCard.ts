/**
 * A territory at a glance: the data behind EDU.TERRITORY's card. Every figure is asked of the same
 * QueryCache the EDU functions answer from (EDU.COVERAGE, COVERED, TOTAL, STATED, RANK, CHANGE), with
 * the same arguments, so a card's field and the function beside it cannot disagree. Pure: the
 * Excel entity value is built from this in src/functions/territoryEntity.ts.
 */
import { type Lang, orgTypeName } from "../domain/lang";
import { type Measure, MEASURES } from "../domain/measures";
import { ORG_TYPES, type OrgTypeOrAll } from "../domain/orgTypes";
import { type Territory, territoryById, territoryName } from "../domain/territories";
import { resolvePeriodPair } from "./change";
import { type QueryResult, resolvePeriodArg, resolveTerritoryArg } from "./query";
import type { QueryCache } from "./queryCache";
import { queryMessage } from "./queryMessages";

/** The questions a card asks: the QueryCache the functions use (or anything that answers alike). */
export type CardQueries = Pick<
  QueryCache,
  "dataset" | "coverage" | "figures" | "stated" | "rank" | "change"
>;

export const CARD_METRICS = ["coverage", "covered", "total", "stated", "rank", "change"] as const;
export type CardMetric = (typeof CARD_METRICS)[number];

/** The types a card shows, each of the three and all of them together. */
export const CARD_TYPES: readonly OrgTypeOrAll[] = [...ORG_TYPES, "all"];

export interface CardFigure {
  measure: Measure;
  orgType: OrgTypeOrAll;
  metric: CardMetric;
  /** As the function gives it: a share (coverage, stated, change in points as a fraction) or a count. */
  value: number;
}

export interface TerritoryCard {
  territory: Territory;
  lang: Lang;
  /** The official name in `lang` (Territory.nameRu / nameEn / nameKk). */
  name: string;
  /** The region it lies in, named in `lang` (a region is its own); null for the whole country. */
  region: string | null;
  period: string;
  /** The period the changes are counted from (the one loaded before `period`); null when there is none. */
  previous: string | null;
  /** The measures reported for this territory, in the report's order. */
  measures: readonly Measure[];
  /** Every figure the functions answer for this territory and period; the ones they cannot are left out. */
  figures: CardFigure[];
  /** Why figures a reader would look for are missing (the functions' own messages, in `lang`). */
  notes: string[];
}

/** Left out without a note: the functions answer these with an error by design, not for want of data. */
const EXPECTED_GAPS = new Set(["stated-per-type", "country-no-rank", "no-national-percent"]);

/**
 * The card for a territory as people write it, in a period (the latest when omitted). A name or
 * period that does not resolve fails exactly as EDU.COVERAGE does.
 */
export function territoryCard(
  q: CardQueries,
  territory: string,
  period: unknown,
  lang: Lang
): QueryResult<TerritoryCard> {
  const t = resolveTerritoryArg(territory);
  if (!t.ok) return t;
  const p = resolvePeriodArg(q.dataset, period);
  if (!p.ok) return p;
  const pair = resolvePeriodPair(q.dataset, undefined, p.value);
  const measures = MEASURES.filter((m) => t.value.levels.includes(m.level)).map((m) => m.id);
  const figures: CardFigure[] = [];
  const notes = new Set<string>();
  const take = (
    measure: Measure,
    orgType: OrgTypeOrAll,
    metric: CardMetric,
    r: QueryResult<number>
  ) => {
    if (r.ok) figures.push({ measure, orgType, metric, value: r.value });
    else if (!EXPECTED_GAPS.has(r.error.code)) notes.add(queryMessage(r.error, lang));
  };
  for (const measure of measures)
    for (const orgType of CARD_TYPES) {
      const f = q.figures(territory, orgType, measure, p.value);
      take(measure, orgType, "coverage", q.coverage(territory, orgType, measure, p.value));
      take(measure, orgType, "covered", f.ok ? { ok: true, value: f.value.covered } : f);
      take(measure, orgType, "total", f.ok ? { ok: true, value: f.value.total } : f);
      take(measure, orgType, "stated", q.stated(territory, orgType, measure, p.value));
      take(measure, orgType, "rank", q.rank(territory, orgType, measure, p.value));
      const c = q.change(territory, orgType, measure, undefined, p.value);
      take(measure, orgType, "change", c.ok ? { ok: true, value: c.value.points } : c);
    }
  const region = t.value.kind === "country" ? undefined : territoryById(t.value.regionId);
  return {
    ok: true,
    value: {
      territory: t.value,
      lang,
      name: territoryName(t.value, lang),
      region: region ? territoryName(region, lang) : null,
      period: p.value,
      previous: pair.ok ? pair.value.from : null,
      measures,
      figures,
      notes: [...notes],
    },
  };
}

// ------------------------------------------------------------------ labels (the card's words)

interface CardWords {
  name: string;
  region: string;
  period: string;
  previous: string;
  notes: string;
  all: string;
  measures: Record<Measure, string>;
  metrics: Record<CardMetric, string>;
}

/** Field names stay short: `=A1.[Turnstiles, schools: coverage]` is typed by people. */
const WORDS: Record<Lang, CardWords> = {
  en: {
    name: "Name",
    region: "Region",
    period: "Period",
    previous: "Compared with",
    notes: "Notes",
    all: "all types",
    measures: {
      video: "Video (police centres)",
      guard: "Guard",
      panic: "Panic button",
      turnstile: "Turnstiles",
    },
    metrics: {
      coverage: "coverage",
      covered: "covered",
      total: "total",
      stated: "stated %",
      rank: "rank",
      change: "change",
    },
  },
  ru: {
    name: "Название",
    region: "Регион",
    period: "Период",
    previous: "Сравнение с",
    notes: "Примечания",
    all: "все типы",
    measures: {
      video: "Видео (ЦОУ)",
      guard: "Охрана",
      panic: "Тревожная кнопка",
      turnstile: "Турникеты",
    },
    metrics: {
      coverage: "охват",
      covered: "охвачено",
      total: "всего",
      stated: "% в отчёте",
      rank: "место",
      change: "изменение",
    },
  },
  kk: {
    name: "Атауы",
    region: "Өңір",
    period: "Кезең",
    previous: "Салыстыру кезеңі",
    notes: "Ескертпелер",
    all: "барлық түрлері",
    measures: {
      video: "Бейнебақылау (ЖБО)",
      guard: "Күзет",
      panic: "Дабыл түймесі",
      turnstile: "Турникеттер",
    },
    metrics: {
      coverage: "қамту",
      covered: "қамтылғаны",
      total: "барлығы",
      stated: "есептегі %",
      rank: "орны",
      change: "өзгерісі",
    },
  },
};

export type CardTextField = "name" | "region" | "period" | "previous" | "notes";

/** The name of one of the card's text fields ("Region", "Регион", "Өңір"). */
export function cardTextField(field: CardTextField, lang: Lang): string {
  return WORDS[lang][field];
}

/** A type as a field name says it: "schools", "all types". */
function typeWord(orgType: OrgTypeOrAll, lang: Lang): string {
  return orgType === "all" ? WORDS[lang].all : orgTypeName(orgType, lang);
}

/** A type as the card's section titles say it: "schools", "all types" (the pane's card heads its columns so). */
export function cardTypeName(orgType: OrgTypeOrAll, lang: Lang): string {
  return typeWord(orgType, lang);
}

/** A measure as the card's section titles say it: "Turnstiles", "Турникеты". */
export function cardMeasureName(measure: Measure, lang: Lang): string {
  return WORDS[lang].measures[measure];
}

/** A figure as the card's field names end: "coverage", "stated %", "орны". */
export function cardMetricName(metric: CardMetric, lang: Lang): string {
  return WORDS[lang].metrics[metric];
}

/** "Turnstiles, schools" / "Турникеты, школы": one measure and type (a card section's title). */
export function cardSectionTitle(measure: Measure, orgType: OrgTypeOrAll, lang: Lang): string {
  return `${WORDS[lang].measures[measure]}, ${typeWord(orgType, lang)}`;
}

/** "Turnstiles, schools: coverage": the field that holds one figure (`=A1.[…]`). */
export function cardFieldName(
  measure: Measure,
  orgType: OrgTypeOrAll,
  metric: CardMetric,
  lang: Lang
): string {
  return `${cardSectionTitle(measure, orgType, lang)}: ${WORDS[lang].metrics[metric]}`;
}
