/**
 * A report as the ministry's Russian prose, from its figures, in any author's style (reportStyle.ts):
 * the headlines, each type's list, the changes, with nouns agreeing with their counts.
 */
import { type Measure, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../domain/report";
import { plural } from "../domain/lang";
import { territoryById } from "../domain/territories";
import { headlineFigures, listLines, valueFor } from "./reportSections";
import { renderCount, renderPercent, type RenderStyle, SEED_LIKE_STYLE } from "./reportStyle";

/** A change note as the style words it: "(рост на +13)", "(+13)", "(на 13 больше)", … */
export function renderChange(n: number, style: RenderStyle): string {
  const up = n >= 0;
  const abs = Math.abs(n);
  switch (style.changeWording ?? "seed") {
    case "seed":
      return `(${up ? (style.typoInGrowth ? "рос" : "рост") : "снижение"} на ${up ? "+" : "-"}${abs})`;
    case "no-sign":
      return n === 0 ? "(без изменений)" : `(${up ? "рост" : "снижение"} на ${abs})`;
    case "words":
      return n === 0 ? "(на прежнем уровне)" : `(${up ? "увеличение" : "уменьшение"} на ${abs})`;
    case "sign-only":
      return `(${up ? "+" : "-"}${abs})`;
    case "more-less":
      return n === 0 ? "(изменений нет)" : `(на ${abs} ${up ? "больше" : "меньше"})`;
    case "unit":
      return `(${up ? "прирост" : "сокращение"} на ${abs} ед.)`;
    case "verbs":
      return n === 0 ? "(изменений не произошло)" : `(${up ? "выросло" : "снизилось"} на ${abs})`;
    case "plus-minus":
      return n === 0 ? "(0)" : `(${up ? "плюс" : "минус"} ${abs})`;
    case "official":
      // The report writer's: the seed's wording, and "без изменений" for none.
      return n === 0
        ? "(без изменений)"
        : `(${up ? "рост" : "снижение"} на ${up ? "+" : "-"}${abs})`;
    case "comment":
      return n === 0
        ? "(без изменений по сравнению с прошлым кварталом)"
        : `(${up ? "рост" : "снижение"} на ${abs} по сравнению с прошлым кварталом)`;
  }
}

const HEADINGS: Record<OrgType, [string, string]> = {
  kindergarten: ["дошкольные организации образования:", "В дошкольных организациях образования:"],
  school: ["- организации среднего образования:", "- в организациях среднего образования:"],
  college: [
    "- организации технического и профессионального образования:",
    "- в организациях технического и профессионального образования:",
  ],
};

/** A section's heading as the seed words it: what the parser knows a list to start with. */
export const SECTION_HEADINGS: Readonly<Record<OrgType, string>> = {
  kindergarten: HEADINGS.kindergarten[0],
  school: HEADINGS.school[0],
  college: HEADINGS.college[0],
};

/** A noun's forms after a count: one, few, many ("1 детсад", "2 детсада", "5 детсадов"). */
type Forms = readonly [one: string, few: string, many: string];

const UNITS: Record<OrgType, Forms> = {
  kindergarten: ["детсад", "детсада", "детсадов"],
  school: ["школа", "школы", "школ"],
  college: ["колледж", "колледжа", "колледжей"],
};
const LONG_UNITS: Record<OrgType, Forms> = {
  kindergarten: ["детский сад", "детских сада", "детских садов"],
  school: ["общеобразовательная школа", "общеобразовательные школы", "общеобразовательных школ"],
  college: UNITS.college,
};
const OBJECTS: Forms = ["объект", "объекта", "объектов"];
const ORGANISATIONS: Forms = ["организация", "организации", "организаций"];

/** Whether Russian says a count as one ("21", "1 191", not "11"): its noun and verb in the singular. */
const singular = (n: number) => n % 10 === 1 && n % 100 !== 11;

/** A count and its noun as Russian agrees them: "1 191 школа", "564 детсада", "156 колледжей". */
function counted(n: number, forms: Forms, style: RenderStyle): string {
  return `${num(n, style)} ${plural(n, ...forms)}`;
}

/** The noun after "из N" (genitive): "из 21 детсада", "из 96 детсадов". */
const afterOutOf = (n: number, forms: Forms) => (singular(n) ? forms[1] : forms[2]);

/**
 * The video headline's share, as the style words it, with the headline's change (`change`, "рост
 * на +26") inside its brackets: "(60% от общего количества; рост на +26)".
 */
function videoShare(pct: string, style: RenderStyle, change: string | null): string {
  const and = change === null ? "" : `; ${change}`;
  switch (style.ofTotal ?? "количества") {
    case "количества":
      return ` (${pct} от общего количества${and})`;
    case "числа":
      return ` (${pct} от общего числа${and})`;
    case "числа организаций":
      return ` (${pct} от общего числа организаций образования${and})`;
    case "составляет":
      return `, что составляет ${pct} от общего количества${change === null ? "" : ` (${change})`}`;
    case "bare":
      return ` (${pct}${and})`;
  }
}

/** A change as a headline says it, without brackets: "рост на +40", "без изменений". */
const headlineChange = (n: number | null, style: RenderStyle) =>
  n === null ? null : renderChange(n, style).slice(1, -1);

/**
 * "73% или 1 911 объектов", "73% (1 911 объектов)", "1 911 из 2 621 объекта (73%)"; with the
 * measure's own base (`own`), the first two say it too: "93% или 2 426 из 2 617 объектов". The
 * headline's change (`change`) follows the covered count it is a change of: "1 951 объект (рост на
 * +40)", "1 469 (рост на +44) из 2 674 объектов", "(55%; рост на +44)".
 */
function cityHeadline(
  pct: string,
  covered: number,
  base: number,
  style: RenderStyle,
  own: boolean,
  change: string | null
): string {
  const changed = change === null ? "" : ` (${change})`;
  const figure = own
    ? `${num(covered, style)}${changed} из ${num(base, style)} ${afterOutOf(base, OBJECTS)}`
    : `${counted(covered, OBJECTS, style)}${changed}`;
  switch (style.headline ?? "или") {
    case "или":
      return `${pct} или ${figure}`;
    case "parenthesis":
      return `${pct} (${figure})`;
    case "out-of":
      return `${num(covered, style)} из ${num(base, style)} ${afterOutOf(base, OBJECTS)} (${pct}${change === null ? "" : `; ${change}`})`;
  }
}

/**
 * The large-city measures' headline sentences, around their figures and parts by type; `one`: the
 * count is said in the singular ("1 421 объект установил …").
 */
const CITY_INTRO: Record<
  Exclude<Measure, "video">,
  (figures: string, parts: string, one: boolean) => string
> = {
  guard: (figures, parts, one) =>
    `- ${figures} ${one ? "заключил" : "заключили"} договоры с лицензированной охраной (${parts}).`,
  panic: (figures, parts, one) =>
    `- ${figures} ${one ? "установил" : "установили"} тревожные кнопки с подключением к пультам централизованного наблюдения (${parts}).`,
  turnstile: (figures, parts, one) =>
    `- ${figures} ${one ? "установил" : "установили"} пропускную систему (турникеты) (${parts}).`,
};

const num = renderCount;

/** An item's territory as the report writes it: "г. Алматы", "гг. Кокшетау …", "Акмолинская обл.". */
export function territoryLabel(
  r: Pick<CoverageRecord, "territoryId" | "territoryName">,
  style: RenderStyle
): string {
  const t = territoryById(r.territoryId);
  const isCity = t?.kind === "city-group" || t?.kind === "republican-city";
  const group = (t?.cities.length ?? 1) > 1;
  const mark = style.cityMark ?? "г. before";
  if (isCity && !group && mark !== "г. before")
    return mark === "город"
      ? `город ${r.territoryName}`
      : `${r.territoryName} ${mark === "г. after" ? "г." : "г.а."}`;
  const prefix = !isCity ? "" : group ? "гг." : "г.";
  const suffix = t?.kind === "region" && style.regionSuffix ? ` ${style.regionSuffix}` : "";
  return `${prefix}${prefix && style.spaceAfterPrefix ? " " : ""}${r.territoryName}${suffix}`;
}

function itemText(r: CoverageRecord, style: RenderStyle, index: number): string {
  const name = territoryLabel(r, style);
  const sp = style.tight ? "" : " ";
  const brk = style.splitItems && index % 7 === 3 ? "\n" : " ";
  // The unit (on the first item only) agrees with the count it follows: "(96 детсадов)",
  // "(21 детсад)", "(8 из 96 детсадов)", "(2 из 21 детсада)", "(2 колледжа из 21)".
  const forms = UNITS[r.orgType];
  const first = index === 0;
  const unit = first
    ? ` ${r.covered === r.total || style.outOf === "/" ? plural(r.total, ...forms) : afterOutOf(r.total, forms)}`
    : "";
  const outOf = style.outOf ?? "из";
  const before = style.unitBeforeOutOf && first ? ` ${plural(r.covered, ...forms)}` : "";
  const counts =
    r.covered === r.total
      ? `${num(r.total, style)}${unit}`
      : outOf === "/"
        ? `${num(r.covered, style)}/${num(r.total, style)}${unit}`
        : `${num(r.covered, style)}${before}${before ? " " : sp}${outOf}${brk}${num(r.total, style)}${before ? "" : unit}`;
  const change = r.statedChange !== null ? ` ${renderChange(r.statedChange, style)}` : "";
  const dash = style.dash ? `${style.dash}${sp}` : "";
  const share = renderPercent(r.statedPercent, style);
  switch (style.itemOrder ?? "seed") {
    case "seed":
      return `${name} (${counts})${style.dash ? sp : " "}${dash}${share}${change}`;
    case "share in brackets":
      return `${name} ${dash}${counts} (${share})${change}`;
    case "share first":
      return `${name} ${dash}${share} (${counts})${change}`;
    case "colon":
      return `${name}: ${counts}, ${share}${change}`;
  }
}

function parts(totals: readonly StatedTotal[], style: RenderStyle): string {
  const value = (o: OrgTypeOrAll) => valueFor(totals, o);
  const n = (o: OrgTypeOrAll) => num(value(o), style);
  const said = (o: OrgType, units = UNITS) => counted(value(o), units[o], style);
  const [k, s, c] = [n("kindergarten"), n("school"), n("college")];
  switch (style.breakdown ?? "seed") {
    case "seed":
      return `${said("kindergarten")}, ${said("school")}, ${said("college")}`;
    case "long names":
      return `${said("kindergarten", LONG_UNITS)}, ${said("school", LONG_UNITS)} и ${said("college")}`;
    case "semicolons":
      return `${k} д/с; ${said("school")}; ${said("college")}`;
    case "type first": {
      const d = style.dash || "-";
      return `детсадов ${d} ${k}, школ ${d} ${s}, колледжей ${d} ${c}`;
    }
  }
}

/** A headline's parts with their own base: "901 из 1 010 детсадов, 1 341 из 1 407 школ, …". */
function partsOutOf(
  covered: readonly StatedTotal[],
  base: readonly StatedTotal[],
  style: RenderStyle
): string {
  return ORG_TYPES.map((o) => {
    const of = valueFor(base, o);
    return `${num(valueFor(covered, o), style)} из ${num(of, style)} ${afterOutOf(of, UNITS[o])}`;
  }).join(", ");
}

/**
 * The report's sections as the ministry's prose, one block of lines per measure, in the style's
 * order. The large cities' opening sentence goes before the first large-city measure.
 */
export function renderSections(
  report: Report,
  style: RenderStyle = SEED_LIKE_STYLE,
  /** A line after a list, when there is something to say of it (the report writer: "Нет данных: …"). */
  afterList: (measure: Measure, orgType: OrgType) => string | null = () => null
): string[][] {
  const [year, quarter] = (report.period ?? "2023-Q1").split("-Q");
  const blocks: string[][] = [];
  let citiesOpened = false;
  for (const measure of style.measureOrder ?? MEASURE_IDS) {
    const out: string[] = [];
    const { base, own, covered, percent, change } = headlineFigures(report, measure);
    const share = renderPercent(percent, style);
    const changed = headlineChange(change, style);
    const coveredAll = valueFor(covered, "all");
    const baseAll = valueFor(base, "all");
    const organisations = `${counted(baseAll, ORGANISATIONS, style)} образования`;
    if (measure === "video") {
      // "в 5 985 организациях", "в 2 621 организации": the prepositional after "в".
      const within = `${num(coveredAll, style)} ${singular(coveredAll) ? "организации" : "организациях"} образования`;
      out.push(
        `По информации местных исполнительных органов в республике ${organisations} (${parts(base, style)}), ${singular(baseAll) ? "которая обеспечена" : "которые обеспечены"} системами видеонаблюдения. ` +
          `По состоянию на ${quarter} квартал ${year} года системы видеонаблюдения в ${within} (${parts(covered, style)}) подключены к ЦОУ${videoShare(share, style, changed)}.`
      );
    } else {
      if (!citiesOpened) {
        citiesOpened = true;
        out.push(
          `Также проанализирована обеспеченность лицензированной охраной организаций образования в крупных городах. ` +
            `В крупных городах ${singular(baseAll) ? "функционирует" : "функционируют"} ${organisations} (${parts(base, style)}), из которых:`
        );
      }
      const ownAll = own.find((t) => t.orgType === "all")?.value;
      const figures =
        ownAll === undefined
          ? cityHeadline(share, coveredAll, baseAll, style, false, changed)
          : cityHeadline(share, coveredAll, ownAll, style, true, changed);
      const breakdown = own.length > 0 ? partsOutOf(covered, own, style) : parts(covered, style);
      out.push(CITY_INTRO[measure](figures, breakdown, singular(coveredAll)));
    }
    out.push("Справочно:");
    out.push(
      ...listLines(report, measure, {
        shuffle: style.shuffle,
        heading: (orgType) => HEADINGS[orgType][style.headingWording],
        item: (r, i) => `${style.numbered ? `${i + 1}) ` : ""}${itemText(r, style, i)}`,
        ownLines: style.itemsOnOwnLines || !!style.numbered,
        afterList,
      })
    );
    blocks.push(out);
  }
  return blocks;
}

/** Writes a report back as the ministry's prose, in a given style. */
export function renderReport(report: Report, style: RenderStyle = SEED_LIKE_STYLE): string {
  return renderSections(report, style).flat().join("\n");
}
