/**
 * Reports whose structure changes from one quarter to the next, generated from known figures: a
 * measure the parser does not know (its own headline and lists), measures and type lists in
 * another order, a list left out, a territory that is not in the gazetteer, shares with a decimal
 * comma or point, and the text as a web page's source gives it. Each variant says what the parser
 * must read from it (the records and headline figures that stand) and what it must say.
 */
import { type Measure, MEASURE_IDS, measureInfo } from "../../src/domain/measures";
import { ORG_TYPES, type OrgType } from "../../src/domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../../src/domain/report";
import { renderSections } from "../../src/report/renderReport";
import { renderCount, renderPercent, type RenderStyle } from "../../src/report/reportStyle";
import { randomStyle, shuffledOf } from "./drift";
import { randomKazakhStyle, renderKazakhSections } from "./kazakhReport";

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/**
 * Measures a next quarter may add, as a headline says they are in place: the verb and its object,
 * and the verb-first wording ("Системами оповещения оснащены").
 */
export const FOREIGN_MEASURES = [
  { after: "оснащены системами оповещения", before: "Системами оповещения оснащены" },
  {
    after: "установили системы экстренного оповещения",
    before: "Системы экстренного оповещения установили",
  },
  { after: "оборудованы металлодетекторами", before: "Металлодетекторами оборудованы" },
  { after: "имеют ограждение по периметру", before: "Ограждение по периметру имеют" },
  { after: "оснащены наружным освещением", before: "Наружным освещением оснащены" },
  {
    after: "охвачены системой контроля и управления доступом",
    before: "Системой контроля и управления доступом охвачены",
  },
] as const;

export interface StructureOptions {
  /** Measures in a random order, and each measure's type lists and items shuffled. */
  reorder?: boolean;
  /** Add a section on a measure the parser does not know, before the section at this index (4: at the end). */
  foreign?: boolean;
  /** Leave out this many (measure, type) lists. */
  dropLists?: number;
  /** Rename this many items to territories that are not in the gazetteer. */
  unknownTerritories?: number;
  /** Give shares to one decimal place ("92,5%"). */
  decimals?: boolean;
  /** The text as a web page's source or a content system's export gives it. */
  web?: boolean;
  /**
   * A part in Kazakh (kazakhReport.ts, in a random Kazakh style): one measure's lists in place of
   * the Russian ones ("lists"), or a whole section of its own after the Russian one ("section", a
   * bilingual report). Both are read: the same records, never twice.
   */
  kazakh?: "lists" | "section";
}

export interface StructuralVariant {
  text: string;
  style: RenderStyle;
  /** The records that must be read, exactly. */
  records: CoverageRecord[];
  /** The headline figures that must be read, exactly. */
  totals: StatedTotal[];
  /** The section on an unknown measure: its words and how many items it has. */
  foreign: { words: string; items: number } | null;
  /** The lists left out. */
  dropped: Array<{ measure: Measure; orgType: OrgType }>;
  /** The names given to items that are in no gazetteer. */
  unknownNames: string[];
  /** The part in Kazakh: its measure, how it stands, and how many items it holds. */
  kazakh: { measure: Measure; how: "lists" | "section"; figures: number } | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** An invented place name, built so that it is no territory of Kazakhstan nor close to one. */
function inventedName(rnd: () => number): string {
  const first = pick(rnd, ["Ново", "Верхне", "Нижне", "Старо", "Красно", "Светло"]);
  const root = pick(rnd, ["озёр", "лесн", "полян", "ручь", "холм", "берёз", "звон"]);
  const end = pick(rnd, ["ск", "овск", "инск", "ово"]);
  return `${first}${root}${end}`;
}

/** A report drawn with the options asked for, everything else in a random style. */
export function structuralVariant(
  source: Report,
  rnd: () => number,
  options: StructureOptions
): StructuralVariant {
  const drawn = randomStyle(rnd);
  const style: RenderStyle = {
    ...drawn,
    // Thousands the parser reads without a word (the others are said, in drift.test.ts).
    thousands: pick(rnd, [" ", "\u00A0", "\u202F", "\u2009", ""] as const),
    ...(options.reorder
      ? { measureOrder: shuffledOf(MEASURE_IDS, rnd), shuffle: Math.floor(rnd() * 1000) }
      : {}),
  };
  let records = source.records.map((r) => ({ ...r }));
  let totals = source.statedTotals.map((t) => ({ ...t }));

  if (options.decimals)
    records = records.map((r) => ({
      ...r,
      statedPercent: r.total === 0 ? 0 : round1((r.covered / r.total) * 100),
    }));
  if (options.decimals)
    totals = totals.map((t) => {
      if (t.quantity !== "percent") return t;
      const covered = totals.find(
        (c) => c.quantity === "covered" && c.measure === t.measure && c.orgType === t.orgType
      );
      const base = totals.find(
        (b) => b.quantity === "total" && b.level === t.level && b.orgType === t.orgType
      );
      return covered && base?.value
        ? { ...t, value: round1((covered.value / base.value) * 100) }
        : t;
    });

  const dropped: StructuralVariant["dropped"] = [];
  for (let i = 0; i < (options.dropLists ?? 0); i++) {
    const measure = pick(rnd, MEASURE_IDS);
    const orgType = pick(rnd, ORG_TYPES);
    if (dropped.some((d) => d.measure === measure && d.orgType === orgType)) continue;
    dropped.push({ measure, orgType });
    records = records.filter((r) => !(r.measure === measure && r.orgType === orgType));
  }

  const unknownNames: string[] = [];
  const renamed = new Set<number>();
  for (let i = 0; i < (options.unknownTerritories ?? 0); i++) {
    const at = Math.floor(rnd() * records.length);
    if (renamed.has(at)) continue;
    renamed.add(at);
    const name = inventedName(rnd);
    unknownNames.push(name);
    records[at] = { ...records[at], territoryName: name };
  }

  // A measure's lists in Kazakh: in place of the Russian ones (lists) or after them (section).
  let kazakh: StructuralVariant["kazakh"] = null;
  const kazakhMeasure = pick(rnd, MEASURE_IDS);
  const kazakhRecords = records.filter((r) => r.measure === kazakhMeasure);
  const russian =
    options.kazakh === "lists" ? records.filter((r) => r.measure !== kazakhMeasure) : records;
  const blocks = renderSections({ ...source, records: russian, statedTotals: totals }, style);
  if (options.kazakh) {
    const kk = randomKazakhStyle(rnd, { base: { ...style, measureOrder: [kazakhMeasure] } });
    const block = renderKazakhSections(
      { ...source, records: kazakhRecords, statedTotals: totals },
      kk
    )[0];
    const at = (style.measureOrder ?? MEASURE_IDS).indexOf(kazakhMeasure);
    if (options.kazakh === "lists")
      blocks[at] = [
        ...blocks[at].slice(0, blocks[at].indexOf("Справочно:")),
        ...block.slice(block.indexOf(kk.lead)),
      ];
    else blocks.splice(at + 1, 0, block);
    kazakh = { measure: kazakhMeasure, how: options.kazakh, figures: kazakhRecords.length };
  }
  let foreign: StructuralVariant["foreign"] = null;
  if (options.foreign) {
    const block = foreignSection(source, style, rnd);
    foreign = { words: block.words, items: block.items };
    blocks.splice(Math.floor(rnd() * (blocks.length + 1)), 0, block.lines);
  }
  let text = blocks.flat().join("\n");
  if (options.web) text = asWebPage(text, rnd);
  return {
    text,
    style,
    records: records.filter((_, i) => !renamed.has(i)),
    totals,
    foreign,
    dropped,
    unknownNames,
    kazakh,
  };
}

/** A headline's parts by type: "901 детсадов, 1 341 школ, 184 колледжей", in the words given. */
function coveredByType(
  records: readonly CoverageRecord[],
  words: readonly [string, string, string],
  style: RenderStyle
): string {
  return ORG_TYPES.map((t, i) => {
    const covered = records.filter((r) => r.orgType === t).reduce((n, r) => n + r.covered, 0);
    return `${renderCount(covered, style)} ${words[i]}`;
  }).join(", ");
}

/**
 * A section on a measure the parser does not know: a headline with its share, count and parts by
 * type, then "Справочно:" and its lists, for the regions or the large cities, as a known measure's.
 */
function foreignSection(
  source: Report,
  style: RenderStyle,
  rnd: () => number
): { lines: string[]; words: string; items: number } {
  const like = pick(rnd, MEASURE_IDS);
  const level = measureInfo(like).level;
  const wording = pick(rnd, FOREIGN_MEASURES);
  const types = ORG_TYPES.filter(() => rnd() < 0.8);
  const records = source.records
    .filter((r) => r.measure === like && types.includes(r.orgType))
    .map((r) => {
      const covered = Math.floor(rnd() * (r.total + 1));
      return {
        ...r,
        covered,
        statedPercent: r.total === 0 ? 0 : Math.round((covered / r.total) * 100),
        statedChange: null,
      };
    });
  const base =
    source.statedTotals.find(
      (t) => t.quantity === "total" && t.level === level && t.orgType === "all"
    )?.value ?? 1000;
  const covered = records.reduce((n, r) => n + r.covered, 0);
  const byType = coveredByType(records, ["детсадов", "школ", "колледжей"], style);
  const share = renderPercent(Math.round((covered / base) * 100), style);
  const count = renderCount(covered, style);
  const headline = pick(rnd, [
    `- ${share} или ${count} объектов ${wording.after} (${byType}).`,
    `- ${count} из ${renderCount(base, style)} объектов ${wording.after} (${share}) (${byType}).`,
    `${wording.before} ${share} или ${count} объектов (${byType}).`,
  ]);
  // The lists as a known measure's lists are written, after its own headline.
  const lists = renderSections(
    { ...source, records, statedTotals: [] },
    { ...style, measureOrder: [like] }
  )[0];
  const from = lists.indexOf("Справочно:");
  return {
    lines: [headline, ...lists.slice(from)],
    words: headline.startsWith("-") ? wording.after : wording.before,
    items: records.length,
  };
}

/**
 * The text as a web page's source gives it: each line a paragraph (or lines parted by "<br>"),
 * entities for no-break spaces, dashes and quotes, and light inline tags around some names.
 */
export function asWebPage(text: string, rnd: () => number): string {
  const entity = (ch: string) =>
    (
      ({
        "\u00A0": pick(rnd, ["&nbsp;", "&#160;", "&#xA0;"]),
        "–": pick(rnd, ["&ndash;", "&#8211;", "–"]),
        "—": pick(rnd, ["&mdash;", "&#8212;"]),
        "«": "&laquo;",
        "»": "&raquo;",
        "\u202F": "&#8239;",
        "\u2009": "&thinsp;",
      }) as Record<string, string>
    )[ch] ?? ch;
  const inline = (line: string) =>
    line
      .replace(/[\u00A0–—«»\u202F\u2009]/g, entity)
      .replace(/(г\. ?)?([А-ЯЁ][а-яё-]+)(?= \()/gu, (m) =>
        rnd() < 0.1
          ? pick(rnd, [
              `<b>${m}</b>`,
              `<span style="color:#000">${m}</span>`,
              `<strong>${m}</strong>`,
            ])
          : m
      );
  const lines = text.split("\n").map(inline);
  return pick(rnd, [
    () => lines.map((l) => `<p class="MsoNormal">${l}<o:p></o:p></p>`).join("\n"),
    () => `<div>${lines.join("<br>\n")}</div>`,
    () => `<html><body>${lines.map((l) => `<p>${l}</p>`).join("")}</body></html>`,
  ])();
}
