/**
 * What the audit says of each finding, in English, Russian and Kazakh: the one catalogue for
 * findings. A finding carries its code and named params; its `message` (the CLI, the JSON) is the
 * English rendering, and the pane and the workbook's Audit sheet render the same params in their
 * language (a Kazakh one names the territories in their official Kazakh form).
 *
 * Params: names as the report writes them, counts and percentages, line and column, periods, and
 * the ids of measures ("turnstile") and types ("school"), which each language names in its words.
 *
 * Each code's params and English are here; its Russian and Kazakh texts are in findingMessages.ru.ts and
 * findingMessages.kk.ts, fetched one language at a time (src/host/messageTexts.ts).
 */
import {
  type Params,
  type ParamsOf,
  renderTemplate,
  catalogue,
  template,
} from "../domain/catalogue";
import { type Lang, measureList, measureName, orgTypeName } from "../domain/lang";
import { formatNumber } from "../domain/numbers";
import { resolveTerritory } from "../domain/resolveTerritory";
import { territoryName } from "../domain/territories";

const where = (p: { line: string; column: string }) => `line ${p.line}:${p.column}`;
/** A territory as the report writes it, by its English name ("Семей" → "Semey"); unresolved, as written. */
function territoryEn(name: string): string {
  const r = resolveTerritory(name);
  return r.ok ? territoryName(r.territory, "en") : name;
}
const me = (id: string) => measureName(id, "en");
const measuresEn = (ids: string) => measureList(ids, me);
const typeEn = (id: string) => orgTypeName(id, "en");
const subjectEn = (s: string) =>
  s === "region" ? "By region" : s === "city" ? "By large city" : me(s);

export const FINDING_TEMPLATES = catalogue("finding", {
  "percent-mismatch": template({
    needs: [
      "territory",
      "measure",
      "orgType",
      "covered",
      "total",
      "computed",
      "stated",
      "line",
      "column",
    ],
    en: (p) =>
      `${territoryEn(p.territory)}, ${me(p.measure)}, ${typeEn(p.orgType)}: ${p.covered} of ${p.total} is ${p.computed}%, the report states ${p.stated}% (${where(p)}).`,
  }),
  "covered-sum-mismatch": template({
    needs: ["measure", "orgType", "rows", "sum", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}, ${typeEn(p.orgType)}: the ${p.rows} rows sum to ${p.sum} covered, the report states ${p.stated} (${where(p)}).`,
  }),
  "change-sum-mismatch": template({
    needs: ["measure", "rows", "sum", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}: the ${p.rows} rows' stated changes sum to ${p.sum}, the headline states ${p.stated} (${where(p)}).`,
  }),
  "total-sum-mismatch": template({
    needs: ["measure", "orgType", "rows", "sum", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}, ${typeEn(p.orgType)}: the ${p.rows} rows sum to ${p.sum} in the base, the report states ${p.stated} (${where(p)}).`,
  }),
  "base-mismatch": template({
    /** oddMeasures, usualMeasures: measure ids, ", "-joined. */
    needs: [
      "territory",
      "orgType",
      "odd",
      "oddMeasures",
      "usual",
      "usualMeasures",
      "line",
      "column",
    ],
    en: (p) =>
      `${territoryEn(p.territory)}, ${typeEn(p.orgType)}: base ${p.odd} under ${measuresEn(p.oddMeasures)} (${where(p)}) but ${p.usual} under ${measuresEn(p.usualMeasures)}.`,
  }),
  "headline-parts-mismatch": template({
    /** subject: the measure id, or the level when the headline names no measure; quantity: covered or total. */
    needs: ["subject", "quantity", "stated", "sum", "line", "column"],
    en: (p) =>
      `${subjectEn(p.subject)}, ${p.quantity}: the report states ${p.stated} in all (${where(p)}) but its parts by type sum to ${p.sum}.`,
  }),
  "headline-percent-mismatch": template({
    needs: ["measure", "covered", "base", "computed", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}: ${p.covered} of ${p.base} is ${p.computed}%, the report states ${p.stated}% (${where(p)}).`,
  }),
  "stated-change-mismatch": template({
    /** stated, computed: signed ("+3", "-1"); from, to: the periods; was, now: covered in each. */
    needs: ["territory", "measure", "orgType", "stated", "computed", "from", "to", "was", "now"],
    en: (p) =>
      `${territoryEn(p.territory)}, ${me(p.measure)}, ${typeEn(p.orgType)}: the report states a change of ${p.stated}, but ${p.from} → ${p.to} gives ${p.computed} (${p.was} → ${p.now} covered).`,
  }),
});

export type FindingCode = keyof typeof FINDING_TEMPLATES;
export type FindingParamsOf<C extends FindingCode> = ParamsOf<(typeof FINDING_TEMPLATES)[C]>;

/** A finding's text in the language (its stored English message when its params can't render it). */
export function findingMessage(
  f: { code: string; message: string; params?: Params },
  lang: Lang
): string {
  const t = (FINDING_TEMPLATES as Record<string, (typeof FINDING_TEMPLATES)[FindingCode]>)[f.code];
  return (t && renderTemplate(t, f.params && localNumbers(f.params, lang), lang)) ?? f.message;
}

/** Where a finding's place is: never written as a quantity ("line 1 234"). */
const PLACES = new Set(["line", "column"]);

/**
 * The figures among a finding's params as the language writes them: "41,2", "1 425", "+20,5" in
 * Russian and Kazakh (Intl.NumberFormat, domain/numbers.ts). The params stay as the audit stored
 * them (English digits), so the English text and the JSON are unchanged.
 */
function localNumbers(params: Params, lang: Lang): Params {
  if (lang === "en") return params;
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(String(value));
    out[key] =
      m && !PLACES.has(key)
        ? `${m[1] === "+" ? "+" : ""}${formatNumber(lang, Number(value), m[3]?.length ?? 0)}`
        : value;
  }
  return out;
}

/** The English message of a finding, as its `message` holds it. */
export function englishFinding<C extends FindingCode>(code: C, params: FindingParamsOf<C>): string {
  return renderTemplate(FINDING_TEMPLATES[code], params as Params, "en") ?? code;
}
