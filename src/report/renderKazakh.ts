/**
 * The Kazakh version of a report, written from its figures the way official Kazakh prose writes
 * them, in many styles: "M of N" with the whole first in the ablative ("122-ден 114") or the
 * genitive with the part's possessive ("122 ұйымның 114-і", "122-нің 114-і"), or "114 / 122";
 * items in other word orders; headings in the nominative, the locative or short; names with "қ."
 * or "қаласы", "облысы" or "обл.", and ШҚО, БҚО, СҚО; changes as a verb ("13-ке өсті"), a noun
 * ("өсім +13") or with units ("13 бірлікке артты"); three wordings of the period and of the
 * headlines. Each ending follows the grammar (kazakhGrammar.ts), never one template. The report
 * writer (writeReport.ts) writes in one style, OFFICIAL_KAZAKH; the tests draw the others
 * (test/helpers/kazakhReport.ts) and compare what the reader reads with the figures written.
 *
 * The writer's style names every type, measure and body in the glossary's words and forms
 * (domain/glossary.ts), the words the pane and the workbook use; the other styles' alternative
 * wordings exist to test the reader.
 */
import { capitalised, kazakhForm, term, type TermId } from "../domain/glossary";
import { type Measure, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../domain/report";
import { territoryById } from "../domain/territories";
import { renderCount, renderPercent, type RenderStyle, SEED_LIKE_STYLE } from "./reportStyle";
import { headlineFigures, listLines, valueFor } from "./reportSections";
import { figureIn, nounIn } from "./kazakhGrammar";

export const KK_OUT_OF = ["ablative", "genitive noun", "genitive", "slash"] as const;
export const KK_ITEM_ORDERS = ["seed", "share in brackets", "share first", "colon"] as const;
export const KK_HEADINGS = ["nominative", "locative", "short"] as const;
export const KK_CHANGES = ["verb", "noun", "units", "sign"] as const;
export const KK_HEADLINES = ["немесе", "bracket", "out-of"] as const;
export const KK_PERIODS = ["жағдай", "roman", "ordinal"] as const;

export interface KazakhStyle {
  /** Dashes, thousands, spacing, decimal mark, items on their own lines, shuffling: as in Russian. */
  base: RenderStyle;
  outOf: (typeof KK_OUT_OF)[number];
  itemOrder: (typeof KK_ITEM_ORDERS)[number];
  heading: (typeof KK_HEADINGS)[number];
  change: (typeof KK_CHANGES)[number];
  headline: (typeof KK_HEADLINES)[number];
  period: (typeof KK_PERIODS)[number];
  /** "Алматы қ." or "Алматы қаласы"; a group "… қ." or "… қалалары". */
  cityWord: boolean;
  /** "Ақмола обл." rather than "Ақмола облысы". */
  shortRegion: boolean;
  /** ШҚО, БҚО, СҚО for the three regions named by a side of the country. */
  abbreviations: boolean;
  lead: "Анықтама үшін:" | "Анықтама:" | "Мәлімет үшін:";
}

/** The seed's habits in Kazakh: the report writer's style. */
export const SEED_LIKE_KAZAKH: KazakhStyle = {
  base: SEED_LIKE_STYLE,
  outOf: "ablative",
  itemOrder: "seed",
  heading: "nominative",
  change: "verb",
  headline: "немесе",
  period: "жағдай",
  cityWord: false,
  shortRegion: false,
  abbreviations: false,
  lead: "Анықтама үшін:",
};

/** The Kazakh of a glossary term, in its dictionary form. */
const kk = (id: TermId) => term(id, "kk");

/** Each type's organisations as the order names them: "орта білім беру ұйымдары". */
const ORGANISATIONS: Record<OrgType, TermId> = {
  kindergarten: "preschoolOrganisations",
  school: "secondaryOrganisations",
  college: "vocationalOrganisations",
};

const HEADINGS: Record<OrgType, Record<KazakhStyle["heading"], string>> = {
  kindergarten: {
    // The seed opens its first list without a dash, and the others with one.
    nominative: `${kk(ORGANISATIONS.kindergarten)}:`,
    locative: "Мектепке дейінгі ұйымдарда:",
    short: "- балабақшалар:",
  },
  school: {
    nominative: `- ${kk(ORGANISATIONS.school)}:`,
    locative: "- орта білім беру ұйымдарында:",
    short: "- мектептер:",
  },
  college: {
    nominative: `- ${kk(ORGANISATIONS.college)}:`,
    locative: "- техникалық және кәсіптік білім беру ұйымдарында:",
    short: "- колледждер:",
  },
};

/** The headings the report writer's style gives each type's list. */
export const KAZAKH_SECTION_HEADINGS: Readonly<Record<OrgType, string>> = {
  kindergarten: HEADINGS.kindergarten[SEED_LIKE_KAZAKH.heading],
  school: HEADINGS.school[SEED_LIKE_KAZAKH.heading],
  college: HEADINGS.college[SEED_LIKE_KAZAKH.heading],
};

/** What an item counts, after its figure ("96 мектеп": Kazakh keeps a noun singular after a numeral). */
const noun = (orgType: OrgType) => kk(orgType);

const ABBREVIATED: Record<string, string> = { "KZ-63": "ШҚО", "KZ-27": "БҚО", "KZ-59": "СҚО" };

/** A territory's name as a Kazakh list writes it: "Ақмола облысы", "Алматы қ.", "Атырау және Құлсары қалалары". */
export function kazakhLabel(territoryId: string, style: KazakhStyle): string {
  const t = territoryById(territoryId)!;
  if (t.kind === "region") {
    if (style.abbreviations && ABBREVIATED[t.id]) return ABBREVIATED[t.id];
    return style.shortRegion ? t.nameKk.replace(/ облысы$/u, " обл.") : t.nameKk;
  }
  const group = t.kind === "city-group" && t.nameKk.includes(" және ");
  const word = kazakhForm("city", group ? "pluralPossessive" : "possessive");
  return `${t.nameKk} ${style.cityWord ? word : "қ."}`;
}

const n = (x: number, style: KazakhStyle) => renderCount(x, style.base);

/** "122-ден 114", "122 ұйымның 114-і", "122-нің 114-і", "114 / 122"; "96" when all are covered. */
function counts(r: CoverageRecord, style: KazakhStyle, unit: string): string {
  if (r.covered === r.total) return `${n(r.total, style)}${unit ? ` ${unit}` : ""}`;
  const [whole, part] = [n(r.total, style), n(r.covered, style)];
  switch (style.outOf) {
    case "ablative":
      return `${figureIn(r.total, whole, "ablative")} ${part}${unit ? ` ${unit}` : ""}`;
    case "genitive noun":
      return `${whole} ${nounIn(unit || "ұйым", "genitive")} ${figureIn(r.covered, part, "possessive")}`;
    case "genitive":
      return `${figureIn(r.total, whole, "genitive")} ${figureIn(r.covered, part, "possessive")}`;
    case "slash":
      return `${part} / ${whole}${unit ? ` ${unit}` : ""}`;
  }
}

/** A change note in Kazakh: "(13-ке өсті)", "(өсім +13)", "(13 бірлікке артты)", "(+13)", "(өзгеріссіз)". */
export function kazakhChange(x: number, style: KazakhStyle): string {
  const abs = Math.abs(x);
  const signed = `${x >= 0 ? "+" : "-"}${abs}`;
  if (x === 0 && style.change !== "sign")
    return style.change === "noun" ? "(өзгеріс жоқ)" : "(өзгеріссіз)";
  switch (style.change) {
    case "verb":
      // The verb says the direction: no sign ("13-ке өсті", "1-ге төмендеді", not "-1-ге").
      return `(${figureIn(abs, String(abs), "dative")} ${x >= 0 ? "өсті" : "төмендеді"})`;
    case "noun":
      return `(${x >= 0 ? "өсім" : "төмендеу"} ${signed})`;
    case "units":
      return `(${abs} бірлікке ${x >= 0 ? "артты" : "азайды"})`;
    case "sign":
      return `(${signed})`;
  }
}

function itemText(r: CoverageRecord, style: KazakhStyle, index: number): string {
  const name = kazakhLabel(r.territoryId, style);
  const sp = style.base.tight ? "" : " ";
  const unit = index === 0 ? noun(r.orgType) : "";
  const c = counts(r, style, unit);
  const share = renderPercent(r.statedPercent, style.base);
  const dash = `${style.base.dash}${sp}`;
  const change = r.statedChange !== null ? ` ${kazakhChange(r.statedChange, style)}` : "";
  switch (style.itemOrder) {
    case "seed":
      return `${name} (${c})${sp}${dash}${share}${change}`;
    case "share in brackets":
      return `${name} ${dash}${c} (${share})${change}`;
    case "share first":
      return `${name} ${dash}${share} (${c})${change}`;
    case "colon":
      return `${name}: ${c}, ${share}${change}`;
  }
}

/** "2023 жылғы 1-тоқсандағы жағдай бойынша", "2023 жылдың І тоқсанында", "2023 жылғы бірінші тоқсанда". */
function periodText(period: string, style: KazakhStyle): string {
  const [year, quarter] = period.split("-Q");
  const q = Number(quarter);
  switch (style.period) {
    case "жағдай":
      return `${year} жылғы ${q}-${kazakhForm("quarter", "locativeOf")} жағдай бойынша`;
    case "roman":
      return `${year} жылдың ${["І", "ІІ", "ІІІ", "ІV"][q - 1]} тоқсанында`;
    case "ordinal":
      return `${year} жылғы ${["бірінші", "екінші", "үшінші", "төртінші"][q - 1]} тоқсанда`;
  }
}

/** A headline's parts by type: "(2657 балабақша, 6 936 мектеп және 393 колледж)". */
function parts(totals: readonly StatedTotal[], style: KazakhStyle): string {
  const v = (o: OrgTypeOrAll) => n(valueFor(totals, o), style);
  const d = style.base.dash || "-";
  if (style.headline === "bracket")
    return ORG_TYPES.map((o) => `${kazakhForm(o, "plural")} ${d} ${v(o)}`).join(", ");
  const [kindergartens, schools, colleges] = ORG_TYPES.map((o) => `${v(o)} ${noun(o)}`);
  const and = style.period === "roman" ? " және " : ", ";
  return `${kindergartens}, ${schools}${and}${colleges}`;
}

/** A headline's parts with their own base: "1 010-нан 901 балабақша, 1 407-ден 1 341 мектеп, …". */
function partsOutOf(
  covered: readonly StatedTotal[],
  base: readonly StatedTotal[],
  style: KazakhStyle
): string {
  return ORG_TYPES.map((o) => {
    const of = valueFor(base, o);
    return `${figureIn(of, n(of, style), "ablative")} ${n(valueFor(covered, o), style)} ${noun(o)}`;
  }).join(", ");
}

/** What the covered objects of a large-city measure have done, in the glossary's terms. */
const CITY_VERBS: Record<Exclude<Measure, "video">, string> = {
  guard: `${kazakhForm("licensedGuard", "instrumental")} шарт жасасқан`,
  panic: `${kazakhForm("monitoringConsole", "pluralDative")} қосылған ${kazakhForm("panicButton", "pluralAccusative")} орнатқан`,
  turnstile: `${kazakhForm("accessSystem", "accusative")} (${kazakhForm("turnstile", "pluralAccusative")}) орнатқан`,
};

/**
 * A large-city measure's headline figure: "73%-ы немесе 1 911 объект", "1 911 объект (73%)",
 * "2 621 объектінің 1 911-і (73%)"; a measure with its own base (`own`) always says it so. The
 * headline's change (`change`, "40-қа өсті") follows the covered count, or joins its share's
 * brackets: "1 951 объект (40-қа өсті)", "2 674 объектінің 1 469-ы (55%; 44-ке өсті)".
 */
function cityFigure(
  pct: number,
  covered: number,
  base: number,
  style: KazakhStyle,
  own: boolean,
  change: string | null
): string {
  const share = renderPercent(pct, style.base);
  const and = change === null ? "" : `; ${change}`;
  switch (own ? "out-of" : style.headline) {
    case "немесе":
      return `${share}-ы немесе ${n(covered, style)} ${kk("facility")}${change === null ? "" : ` (${change})`}`;
    case "bracket":
      return `${n(covered, style)} ${kk("facility")} (${share}${and})`;
    case "out-of":
      return `${n(base, style)} ${kazakhForm("facility", "genitive")} ${figureIn(covered, n(covered, style), "possessive")} (${share}${and})`;
  }
}

/**
 * The video headline's share, with the headline's change in its brackets: "(жалпы санның 60%-ы;
 * 26-ға өсті)", "(60%)", ", бұл жалпы санның 60%-ын құрайды (26-ға өсті)".
 */
function videoShare(pct: number, style: KazakhStyle, change: string | null): string {
  const share = renderPercent(pct, style.base);
  const and = change === null ? "" : `; ${change}`;
  if (style.headline === "bracket") return ` (${share}${and})`;
  return style.headline === "out-of"
    ? `, бұл жалпы санның ${share}-ын құрайды${change === null ? "" : ` (${change})`}`
    : ` (жалпы санның ${share}-ы${and})`;
}

/** The report's Kazakh version, one block of lines per measure, in the style's order. */
export function renderKazakhSections(
  report: Report,
  style: KazakhStyle = SEED_LIKE_KAZAKH,
  /** A line after a list, when there is something to say of it (the report writer: "Деректер жоқ: …"). */
  afterList: (measure: Measure, orgType: OrgType) => string | null = () => null
): string[][] {
  const blocks: string[][] = [];
  let citiesOpened = false;
  for (const measure of style.base.measureOrder ?? MEASURE_IDS) {
    const out: string[] = [];
    const { base, own, covered, percent: pct, change } = headlineFigures(report, measure);
    // "40-қа өсті": a change note without its brackets, which the headline's figure gives it.
    const changed = change === null ? null : kazakhChange(change, style).slice(1, -1);
    const all = (ts: StatedTotal[]) => valueFor(ts, "all");
    if (measure === "video") {
      out.push(
        `${capitalised(kazakhForm("localAuthorities", "genitive"))} мәліметі бойынша республикада ${n(all(base), style)} ${kk("educationOrganisation")} бар (${parts(base, style)}), олардың барлығы ${kazakhForm("videoSystem", "pluralInstrumental")} қамтамасыз етілген. ` +
          `${periodText(report.period ?? "2023-Q1", style)} ${n(all(covered), style)} ${kazakhForm("educationOrganisation", "genitive")} (${parts(covered, style)}) ${kazakhForm("videoSystem", "plural")} ${kazakhForm("policeCentreShort", "dative")} қосылған${videoShare(pct, style, changed)}.`
      );
    } else {
      if (!citiesOpened) {
        citiesOpened = true;
        out.push(
          `Сондай-ақ ${kazakhForm("largeCities", "locativeOf")} ${kazakhForm("educationOrganisation", "pluralGenitive")} ${kazakhForm("licensedGuard", "instrumental")} қамтамасыз етілуі талданды. ` +
            `${capitalised(kazakhForm("largeCities", "locative"))} ${n(all(base), style)} ${kk("educationOrganisation")} жұмыс істейді (${parts(base, style)}), оның ішінде:`
        );
      }
      const figure =
        own.length > 0
          ? cityFigure(pct, all(covered), all(own), style, true, changed)
          : cityFigure(pct, all(covered), all(base), style, false, changed);
      const breakdown = own.length > 0 ? partsOutOf(covered, own, style) : parts(covered, style);
      out.push(`- ${figure} ${CITY_VERBS[measure]} (${breakdown}).`);
    }
    out.push(style.lead);
    out.push(
      ...listLines(report, measure, {
        shuffle: style.base.shuffle,
        heading: (orgType) => HEADINGS[orgType][style.heading],
        item: (r, i) => itemText(r, style, i),
        ownLines: style.base.itemsOnOwnLines,
        afterList,
      })
    );
    blocks.push(out);
  }
  return blocks;
}

/** The report's Kazakh version as one text. */
export function renderKazakh(report: Report, style: KazakhStyle = SEED_LIKE_KAZAKH): string {
  return renderKazakhSections(report, style).flat().join("\n");
}
