import type { Measure } from "../domain/measures";
/**
 * The typographic habits of a report's author: dashes, thousands, spacing, the decimal mark, the
 * wordings of headlines, items and changes. The parser must read every combination alike; the
 * round-trip tests and the benchmark's synthetic reports draw them at random, and the report
 * writer uses one (writeReport.ts). Both languages' renderers write by it.
 */
export interface RenderStyle {
  /**
   * Before an item's percentage: an en or em dash, a figure dash, a minus sign, a hyphen; "" when it
   * is lost (KOI8-R and CP866 have no en dash).
   */
  dash: "–" | "—" | "‒" | "−" | "-" | "";
  /**
   * Between thousands: "9 986", no-break, narrow no-break or thin space, "9986"; or, which the
   * parser reads with a warning, "9,986", "9'986" or two spaces.
   */
  thousands: " " | "\u00A0" | "\u202F" | "\u2009" | "" | "," | "'" | "  ";
  /** "152 из 425" or "152из 425"; "(8 из 96) – 3%" or "(8 из 96)–3%". */
  tight: boolean;
  /** "г. Астана" or "г.Астана". */
  spaceAfterPrefix: boolean;
  /** Items separated by "; " or by ";\n". */
  itemsOnOwnLines: boolean;
  /** Break some items across lines ("(8 из\n96)"). */
  splitItems: boolean;
  /** The first or second wording of the section headings. */
  headingWording: 0 | 1;
  /** "рос" (the seed's typo) instead of "рост". */
  typoInGrowth: boolean;
  /** How a change note is worded (default: the seed's "(рост на +13)"). */
  changeWording?: ChangeWording;
  /** "(16 из 17)", the longer official "из общего числа / количества" and others, or "(16/17)". */
  outOf?: OutOf;
  /** The unit before "из" in a list's first item ("96 школ из 100") rather than after its total. */
  unitBeforeOutOf?: boolean;
  /** An abbreviation after a region's name: "Акмолинская обл. (…)", "ОБЛ.", "область". */
  regionSuffix?: "" | "обл." | "ОБЛ." | "область";
  /** How a city is marked: "г. Семей" (the seed), "Семей г.", "Семей г.а." or "город Семей". */
  cityMark?: "г. before" | "г. after" | "г.а. after" | "город";
  /**
   * The video headline's share: "(60% от общего количества)", "(60% от общего числа)", "(60% от
   * общего числа организаций образования)", ", что составляет 60% от общего количества", "(60%)".
   */
  ofTotal?: "количества" | "числа" | "числа организаций" | "составляет" | "bare";
  /**
   * The other measures' headline: "73% или 1 911 объектов" (the seed), "73% (1 911 объектов)", or
   * "1 911 из 2 621 объектов (73%)".
   */
  headline?: "или" | "parenthesis" | "out-of";
  /** A headline's parts by type: "2657 детсадов, …", "… детских садов …", "д/с; …", "детсадов – 2657, …". */
  breakdown?: "seed" | "long names" | "semicolons" | "type first";
  /**
   * The order of an item's parts: "Абай (21 из 49) – 43%" (the seed), "Абай – 21 из 49 (43%)",
   * "Абай – 43% (21 из 49)" or "Абай: 21 из 49, 43%" (read, with a warning that says how).
   */
  itemOrder?: ItemOrder;
  /** Number the items of each list ("1) …", "2) …"), each on its own line. */
  numbered?: boolean;
  /** Shuffle the order of the items in each list and of the lists in each measure (a seed). */
  shuffle?: number;
  /** The measures' sections in this order (default: the seed's, MEASURE_IDS). */
  measureOrder?: readonly Measure[];
  /** A share that is no whole number: "92,5%" (the default) or "92.5%". */
  decimalMark?: "," | ".";
  /** "92 %" rather than "92%". */
  spaceBeforePercent?: boolean;
}

/** The ways official prose says "out of", all of which the parser reads. */
export const OUT_OF_WORDINGS = [
  "из",
  "из общего числа",
  "из общего количества",
  "от общего числа",
  "из всего",
  "из имеющихся",
  "/",
] as const;
export type OutOf = (typeof OUT_OF_WORDINGS)[number];

export const ITEM_ORDERS = ["seed", "share in brackets", "share first", "colon"] as const;
export type ItemOrder = (typeof ITEM_ORDERS)[number];

/** The ways a quarter's report says a change, all of which the parser reads. */
export const CHANGE_WORDINGS = [
  "seed",
  "no-sign",
  "words",
  "sign-only",
  "more-less",
  "unit",
  "verbs",
  "plus-minus",
  "comment",
  "official",
] as const;
export type ChangeWording = (typeof CHANGE_WORDINGS)[number];

export const SEED_LIKE_STYLE: RenderStyle = {
  dash: "–",
  thousands: " ",
  tight: false,
  spaceAfterPrefix: true,
  itemsOnOwnLines: false,
  splitItems: false,
  headingWording: 0,
  typoInGrowth: false,
};

/** A small seeded shuffle (mulberry32), so a variant is reproducible from its style. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A share as the style writes it: "60%", "92,5%", "92.5 %". */
export function renderPercent(value: number, style: RenderStyle): string {
  const n = String(value).replace(".", style.decimalMark ?? ",");
  return `${n}${style.spaceBeforePercent ? " " : ""}%`;
}

/** A count as the style writes it. */
export function renderCount(n: number, style: RenderStyle): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
}
