/**
 * The quarter's report, written from the figures as the workbook holds them (the analyst's edits
 * included), never copied from a source text: every share is computed and rounded by one rule,
 * every headline is the sum of its list, every change is a difference against the period chosen.
 * The draft (pure figures) is written in Russian (renderReport.ts) or in Kazakh (renderKazakh.ts),
 * in the ministry's own structure, so that the report's reader reads it back to the same figures.
 *
 * What the figures themselves disagree on is never "fixed": a territory whose number of
 * organisations differs from one measure to the next is listed in `baseDifferences`, for the
 * analyst to see before the text goes out. A figure that is absent stays absent: the list says
 * which territories have none, never a zero.
 */
import { capitalised, kazakhForm, term } from "../domain/glossary";
import { type Level, type Measure, measureInfo, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../domain/report";
import { territoriesAt, territoryById, territoryName } from "../domain/territories";
import {
  KAZAKH_SECTION_HEADINGS,
  kazakhLabel,
  type KazakhStyle,
  renderKazakhSections,
  SEED_LIKE_KAZAKH,
} from "./renderKazakh";
import { renderSections, SECTION_HEADINGS, territoryLabel } from "./renderReport";
import { type RenderStyle, SEED_LIKE_STYLE } from "./reportStyle";

/** The rule every written share follows: a whole percent, half up (as the audit rounds a whole stated share). */
export function writtenPercent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((covered / total) * 100 + 1e-9);
}

export interface DraftOptions {
  /** The period written. */
  period: string;
  /** The period the changes are computed against; none when absent. */
  previous?: string;
  /** The measures written, in the report's order (default: all). */
  measures?: readonly Measure[];
}

/** A territory whose number of organisations of a type differs between the measures of its level. */
export interface BaseDifference {
  level: Level;
  territoryId: string;
  territoryName: string;
  orgType: OrgType;
  /** Each measure's total, in the measures' order. */
  totals: Array<{ measure: Measure; total: number }>;
}

export interface ReportDraft {
  /** The report as the writer states it: records with computed shares and changes, computed totals. */
  report: Report;
  previous: string | null;
  /** The measures written, in the report's order. */
  measures: Measure[];
  /** Per measure and type, the territories of its level that have no figure. */
  absent: Array<{ measure: Measure; orgType: OrgType; territoryIds: string[] }>;
  baseDifferences: BaseDifference[];
}

const key = (r: Pick<CoverageRecord, "measure" | "orgType" | "territoryId">) =>
  `${r.measure}|${r.orgType}|${r.territoryId}`;

/** The figures of `options.period` (and its changes against `options.previous`) as a report to write. */
export function draftReport(
  records: readonly CoverageRecord[],
  options: DraftOptions
): ReportDraft {
  const measures = MEASURE_IDS.filter((m) => (options.measures ?? MEASURE_IDS).includes(m));
  const before = new Map(
    records.filter((r) => options.previous && r.period === options.previous).map((r) => [key(r), r])
  );
  const current = records
    .filter((r) => r.period === options.period && measures.includes(r.measure))
    .map((r): CoverageRecord => ({
      ...r,
      statedPercent: writtenPercent(r.covered, r.total),
      statedChange: before.has(key(r)) ? r.covered - before.get(key(r))!.covered : null,
      footnotes: undefined,
      parts: undefined,
    }));
  return {
    report: {
      period: options.period,
      records: current,
      statedTotals: statedTotals(current, measures, [...before.values()]),
      issues: [],
    },
    previous: options.previous ?? null,
    measures,
    absent: absentFigures(current, measures),
    baseDifferences: baseDifferences(current, measures),
  };
}

/**
 * Per level, the base (the number of organisations, by type and in all) from the level's first
 * measure, as the report states one base per level. A measure whose own lists sum to another base
 * (the data's own difference between measures, in `baseDifferences`) states its own beside its
 * covered counts, so that every headline is the sum of its list. Per measure, its covered sums, its
 * share of its base, and, with a period to compare with, its change: only when both periods list
 * the same territories, so that the two headlines count the same organisations.
 */
function statedTotals(
  records: readonly CoverageRecord[],
  measures: readonly Measure[],
  before: readonly CoverageRecord[]
) {
  const out: StatedTotal[] = [];
  const at = { line: 0, column: 0 };
  const sum = (rs: readonly CoverageRecord[], q: "covered" | "total", o: OrgTypeOrAll) =>
    rs.filter((r) => o === "all" || r.orgType === o).reduce((n, r) => n + r[q], 0);
  const types: OrgTypeOrAll[] = [...ORG_TYPES, "all"];
  const figures = (
    quantity: StatedTotal["quantity"],
    level: Level,
    measure: Measure | null,
    value: (o: OrgTypeOrAll) => number,
    of: readonly OrgTypeOrAll[] = types
  ) => of.map((orgType) => ({ ...at, quantity, level, measure, orgType, value: value(orgType) }));
  for (const level of ["region", "city"] as const) {
    const ofLevel = measures.filter((m) => measureInfo(m).level === level);
    if (ofLevel.length === 0) continue;
    const levelRecords = records.filter((r) => r.measure === ofLevel[0]);
    const levelBase = (o: OrgTypeOrAll) => sum(levelRecords, "total", o);
    out.push(...figures("total", level, null, levelBase));
    for (const m of ofLevel) {
      const rs = records.filter((r) => r.measure === m);
      const base = (o: OrgTypeOrAll) => sum(rs, "total", o);
      if (types.some((o) => base(o) !== levelBase(o)))
        out.push(...figures("total", level, m, base));
      out.push(...figures("covered", level, m, (o) => sum(rs, "covered", o)));
      out.push(
        ...figures(
          "percent",
          level,
          m,
          () => writtenPercent(sum(rs, "covered", "all"), base("all")),
          ["all"]
        )
      );
      const then = before.filter((r) => r.measure === m);
      if (rs.length > 0 && then.length === rs.length && rs.every((r) => r.statedChange !== null))
        out.push(
          ...figures("change", level, m, () => rs.reduce((n, r) => n + r.statedChange!, 0), ["all"])
        );
    }
  }
  return out;
}

function absentFigures(records: readonly CoverageRecord[], measures: readonly Measure[]) {
  const have = new Set(records.map(key));
  const loaded = ORG_TYPES.filter((o) => records.some((r) => r.orgType === o));
  return measures.flatMap((measure) =>
    loaded.flatMap((orgType) => {
      const territoryIds = territoriesAt(measureInfo(measure).level)
        .map((t) => t.id)
        .filter((territoryId) => !have.has(key({ measure, orgType, territoryId })));
      return territoryIds.length ? [{ measure, orgType, territoryIds }] : [];
    })
  );
}

function baseDifferences(records: readonly CoverageRecord[], measures: readonly Measure[]) {
  const out: BaseDifference[] = [];
  for (const level of ["region", "city"] as const) {
    const ofLevel = measures.filter((m) => measureInfo(m).level === level);
    for (const t of territoriesAt(level))
      for (const orgType of ORG_TYPES) {
        const totals = ofLevel.flatMap((measure) => {
          const r = records.find(
            (x) => x.measure === measure && x.orgType === orgType && x.territoryId === t.id
          );
          return r ? [{ measure, total: r.total, name: r.territoryName }] : [];
        });
        if (new Set(totals.map((x) => x.total)).size > 1)
          out.push({
            level,
            territoryId: t.id,
            territoryName: totals[0].name,
            orgType,
            totals: totals.map(({ measure, total }) => ({ measure, total })),
          });
      }
  }
  return out;
}

/** The writer's Russian: the seed's typography, and "без изменений" for a change of none. */
const OFFICIAL_RU: RenderStyle = { ...SEED_LIKE_STYLE, changeWording: "official" };

/**
 * The writer's Kazakh: the seed's habits, with a city written out ("Алматы қаласы", "Атырау және
 * Құлсары қалалары": Kazakh has no plural abbreviation like the Russian "гг.").
 */
const OFFICIAL_KAZAKH = (measureOrder: readonly Measure[]): KazakhStyle => ({
  ...SEED_LIKE_KAZAKH,
  cityWord: true,
  base: { ...SEED_LIKE_KAZAKH.base, measureOrder },
});

/** The order the report opens with (order No. 117 of 30 March 2022), as the ministry words it. */
const PREAMBLE: Record<WrittenLang, string> = {
  ru:
    "Министерством в целях определения единых требований к безопасности в организациях образования принята Инструкция (приказ от 30 марта 2022 года № 117) по организации антитеррористической защиты объектов образования (далее – Инструкция). " +
    "В Инструкции регламентировано требование по подключению систем видеонаблюдения организаций образования к центрам оперативного управления органов внутренних дел (далее – ЦОУ).",
  kk:
    `Министрлік ${kazakhForm("educationOrganisation", "pluralLocativeOf")} қауіпсіздікке қойылатын бірыңғай талаптарды айқындау мақсатында 2022 жылғы 30 наурыздағы № 117 бұйрықпен ${kazakhForm("educationFacility", "pluralGenitive")} терроризмге қарсы қорғалуын ұйымдастыру жөніндегі ${kazakhForm("instruction", "accusative")} (бұдан әрі – ${term("instruction", "kk")}) бекітті. ` +
    `${kazakhForm("instruction", "locative")} ${kazakhForm("educationOrganisation", "pluralGenitive")} ${kazakhForm("videoSystem", "pluralAccusative")} ${kazakhForm("policeCentres", "pluralDative")} (бұдан әрі – ${term("policeCentreShort", "kk")}) қосу талабы белгіленген.`,
};

/** The line that opens a measure's lists. */
const LEAD: Record<WrittenLang, string> = { ru: "Справочно:", kk: SEED_LIKE_KAZAKH.lead };

/** "Нет данных: …" / "Деректер жоқ: …": the territories a list has no figure for. */
const NO_FIGURE: Record<WrittenLang, (names: string) => string> = {
  ru: (names) => `${capitalised(term("noData", "ru"))}: ${names}.`,
  kk: (names) => `${capitalised(term("noData", "kk"))}: ${names}.`,
};

export type WrittenLang = "ru" | "kk";

/** The draft as the ministry's text, in Russian or in Kazakh (the state language's version). */
export function writeReportText(draft: ReportDraft, lang: WrittenLang): string {
  return [PREAMBLE[lang], ...sectionLines(draft, lang).flat()].join("\n");
}

/** A part of the written report, for a document with Word styles (reportDocx.ts). */
export type ReportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "lead"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "items"; items: string[] }
  | { kind: "note"; text: string };

/** The written report as its parts: prose, the lead-in, each list's heading, items and note. */
export function writeReportBlocks(draft: ReportDraft, lang: WrittenLang): ReportBlock[] {
  const lead = LEAD[lang];
  const headings = new Set(
    Object.values(lang === "ru" ? SECTION_HEADINGS : KAZAKH_SECTION_HEADINGS)
  );
  const notes = new Set(draft.absent.map((a) => absentNote(a.territoryIds, lang)));
  const blocks: ReportBlock[] = [{ kind: "paragraph", text: PREAMBLE[lang] }];
  for (const section of sectionLines(draft, lang)) {
    let listed = false;
    for (const line of section) {
      if (line === lead) {
        listed = true;
        blocks.push({ kind: "lead", text: line });
      } else if (!listed) blocks.push({ kind: "paragraph", text: line });
      else if (headings.has(line)) blocks.push({ kind: "heading", text: line });
      else if (notes.has(line)) blocks.push({ kind: "note", text: line });
      // The items, each keeping its ";" (the last its "."), as the reader reads a list.
      else blocks.push({ kind: "items", items: line.split(/(?<=;) /u) });
    }
  }
  return blocks;
}

/**
 * "Нет данных: г. Семей, Акмолинская область." / "Деректер жоқ: Семей қаласы, Ақмола облысы.": a
 * city as the lists mark it; a region by its full name (the Russian lists' short "Акмолинская" is
 * the source's own spelling, which an absent figure has none of).
 */
function absentNote(territoryIds: readonly string[], lang: WrittenLang): string {
  const names = territoryIds.map((territoryId) =>
    lang === "ru"
      ? territoryLabel(
          { territoryId, territoryName: territoryName(territoryById(territoryId)!, "ru") },
          OFFICIAL_RU
        )
      : kazakhLabel(territoryId, OFFICIAL_KAZAKH([]))
  );
  return NO_FIGURE[lang](names.join(", "));
}

function sectionLines(draft: ReportDraft, lang: WrittenLang): string[][] {
  const afterList = (measure: Measure, orgType: OrgType): string | null => {
    const absent = draft.absent.find((a) => a.measure === measure && a.orgType === orgType);
    return absent ? absentNote(absent.territoryIds, lang) : null;
  };
  const measureOrder = draft.measures;
  const blocks =
    lang === "ru"
      ? renderSections(draft.report, { ...OFFICIAL_RU, measureOrder }, afterList)
      : renderKazakhSections(draft.report, OFFICIAL_KAZAKH(measureOrder), afterList);
  return blocks.map((block, i) => withChangeAbsent(block, draft, measureOrder[i], lang));
}

/** "Изменение не приводится, …" / "Өзгеріс келтірілмеген, …": why a headline has no change. */
const NO_HEADLINE_CHANGE: Record<WrittenLang, string> = {
  ru: "Изменение не приводится, поскольку по отдельным территориям отсутствуют данные за один из сравниваемых периодов.",
  kk: `Өзгеріс келтірілмеген, себебі жекелеген ${kazakhForm("territory", "plural")} бойынша салыстырылатын ${kazakhForm("period", "pluralGenitive")} бірінде ${term("noData", "kk")}.`,
};

/**
 * A measure's block, with a line after its headline when a period is compared with but the
 * headline states no change (the two periods list different territories): an absent figure is said.
 */
function withChangeAbsent(
  block: string[],
  draft: ReportDraft,
  measure: Measure,
  lang: WrittenLang
): string[] {
  const stated = draft.report.statedTotals.some(
    (t) => t.quantity === "change" && t.measure === measure
  );
  const listed = draft.report.records.some((r) => r.measure === measure);
  if (draft.previous === null || stated || !listed) return block;
  const lead = block.indexOf(LEAD[lang]);
  return [...block.slice(0, lead), NO_HEADLINE_CHANGE[lang], ...block.slice(lead)];
}
