/**
 * What the audit says of each finding, in English, Russian and Kazakh: the one catalogue for
 * findings. A finding carries its code and named params; its `message` (the CLI, the JSON) is the
 * English rendering, and the pane and the workbook's Audit sheet render the same params in their
 * language (a Kazakh one names the territories in their official Kazakh form).
 *
 * Params: names as the report writes them, counts and percentages, line and column, periods, and
 * the ids of measures ("turnstile") and types ("school"), which each language names in its words.
 */
import { type Params, type ParamsOf, renderTemplate, template } from "../domain/catalogue";
import { type Lang, measureName, orgTypeName, periodName } from "../domain/lang";
import { formatNumber, plural } from "../domain/numbers";
import { resolveTerritory } from "../domain/resolveTerritory";
import { territoryName } from "../domain/territories";

const where = (p: { line: string; column: string }) => `line ${p.line}:${p.column}`;
/** A territory as the report writes it, by its English name ("Семей" → "Semey"); unresolved, as written. */
function territoryEn(name: string): string {
  const r = resolveTerritory(name);
  return r.ok ? territoryName(r.territory, "en") : name;
}
/** A ", "-joined list of measure ids, each named by `name` ("«Турникеты», «Тревожная кнопка»"). */
const measureList = (ids: string, name: (id: string) => string) =>
  ids
    .split(",")
    .map((id) => name(id.trim()))
    .join(", ");
const me = (id: string) => measureName(id, "en");
const measuresEn = (ids: string) => measureList(ids, me);
const typeEn = (id: string) => orgTypeName(id, "en");
const subjectEn = (s: string) =>
  s === "region" ? "By region" : s === "city" ? "By large city" : me(s);
const whereRu = (p: { line: string; column: string }) => `строка ${p.line}:${p.column}`;
const m = (id: string) => `«${measureName(id, "ru")}»`;
const measuresRu = (ids: string) => measureList(ids, m);
const type = (id: string) => orgTypeName(id, "ru");
/** "по 21 строке", "по 20 строкам": the dative after "по", by Intl.PluralRules. */
const rowsRu = (rows: string) =>
  plural("ru", Number(rows.replace(/\s/gu, "")), { one: "строке", other: "строкам" });
/** The headline's subject: a measure id, or a level ("region", "city") when it names none. */
const subjectRu = (s: string) =>
  s === "region" ? "По областям" : s === "city" ? "По крупным городам" : m(s);
const QUANTITY_RU: Record<string, string> = { covered: "охвачено", total: "всего организаций" };

/**
 * A territory as the report writes it ("Акмолинская", "Семей"), in its official Kazakh form
 * ("Ақмола облысы"); a name the gazetteer does not resolve, as written.
 */
function territoryKk(name: string): string {
  const r = resolveTerritory(name);
  return r.ok ? r.territory.nameKk : name;
}
/** "30-жол, 118-орын": a line and column, in Kazakh. */
const whereKk = (p: { line: string; column: string }) => `${p.line}-жол, ${p.column}-орын`;
const mk = (id: string) => `«${measureName(id, "kk")}»`;
const measuresKk = (ids: string) => measureList(ids, mk);
const typeKk = (id: string) => orgTypeName(id, "kk");
const subjectKk = (s: string) =>
  s === "region" ? "Өңірлер бойынша" : s === "city" ? "Ірі қалалар бойынша" : mk(s);
const QUANTITY_KK: Record<string, string> = {
  covered: "қамтылғаны",
  total: "ұйымдардың жалпы саны",
};

export const FINDING_TEMPLATES = {
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
    ru: (p) =>
      `${p.territory}, ${m(p.measure)}, ${type(p.orgType)}: ${p.covered} из ${p.total} — это ${p.computed}%, а в отчёте указано ${p.stated}% (${whereRu(p)}).`,
    kk: (p) =>
      `${territoryKk(p.territory)}, ${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.total} ішінен ${p.covered} — бұл ${p.computed}%, ал есепте ${p.stated}% көрсетілген (${whereKk(p)}).`,
  }),
  "covered-sum-mismatch": template({
    needs: ["measure", "orgType", "rows", "sum", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}, ${typeEn(p.orgType)}: the ${p.rows} rows sum to ${p.sum} covered, the report states ${p.stated} (${where(p)}).`,
    ru: (p) =>
      `${m(p.measure)}, ${type(p.orgType)}: по ${p.rows} ${rowsRu(p.rows)} охвачено в сумме ${p.sum}, а в отчёте указано ${p.stated} (${whereRu(p)}).`,
    kk: (p) =>
      `${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.rows} жол бойынша қамтылғандардың қосындысы ${p.sum}, ал есепте ${p.stated} көрсетілген (${whereKk(p)}).`,
  }),
  "total-sum-mismatch": template({
    needs: ["measure", "orgType", "rows", "sum", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}, ${typeEn(p.orgType)}: the ${p.rows} rows sum to ${p.sum} in the base, the report states ${p.stated} (${where(p)}).`,
    ru: (p) =>
      `${m(p.measure)}, ${type(p.orgType)}: по ${p.rows} ${rowsRu(p.rows)} всего организаций в сумме ${p.sum}, а в отчёте указано ${p.stated} (${whereRu(p)}).`,
    kk: (p) =>
      `${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.rows} жол бойынша ұйымдардың жалпы санының қосындысы ${p.sum}, ал есепте ${p.stated} көрсетілген (${whereKk(p)}).`,
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
    ru: (p) =>
      `${p.territory}, ${type(p.orgType)}: всего организаций ${p.odd} по мере ${measuresRu(p.oddMeasures)} (${whereRu(p)}), но ${p.usual} по мере ${measuresRu(p.usualMeasures)}.`,
    kk: (p) =>
      `${territoryKk(p.territory)}, ${typeKk(p.orgType)}: ${measuresKk(p.oddMeasures)} бойынша ұйымдардың жалпы саны ${p.odd} (${whereKk(p)}), бірақ ${measuresKk(p.usualMeasures)} бойынша ${p.usual}.`,
  }),
  "headline-parts-mismatch": template({
    /** subject: the measure id, or the level when the headline names no measure; quantity: covered or total. */
    needs: ["subject", "quantity", "stated", "sum", "line", "column"],
    en: (p) =>
      `${subjectEn(p.subject)}, ${p.quantity}: the report states ${p.stated} in all (${where(p)}) but its parts by type sum to ${p.sum}.`,
    ru: (p) =>
      `${subjectRu(p.subject)}, ${QUANTITY_RU[p.quantity] ?? p.quantity}: в отчёте указано ${p.stated} всего (${whereRu(p)}), а сумма по типам организаций — ${p.sum}.`,
    kk: (p) =>
      `${subjectKk(p.subject)}, ${QUANTITY_KK[p.quantity] ?? p.quantity}: есепте барлығы ${p.stated} көрсетілген (${whereKk(p)}), ал ұйым түрлері бойынша қосынды — ${p.sum}.`,
  }),
  "headline-percent-mismatch": template({
    needs: ["measure", "covered", "base", "computed", "stated", "line", "column"],
    en: (p) =>
      `${me(p.measure)}: ${p.covered} of ${p.base} is ${p.computed}%, the report states ${p.stated}% (${where(p)}).`,
    ru: (p) =>
      `${m(p.measure)}: ${p.covered} из ${p.base} — это ${p.computed}%, а в отчёте указано ${p.stated}% (${whereRu(p)}).`,
    kk: (p) =>
      `${mk(p.measure)}: ${p.base} ішінен ${p.covered} — бұл ${p.computed}%, ал есепте ${p.stated}% көрсетілген (${whereKk(p)}).`,
  }),
  "stated-change-mismatch": template({
    /** stated, computed: signed ("+3", "-1"); from, to: the periods; was, now: covered in each. */
    needs: ["territory", "measure", "orgType", "stated", "computed", "from", "to", "was", "now"],
    en: (p) =>
      `${territoryEn(p.territory)}, ${me(p.measure)}, ${typeEn(p.orgType)}: the report states a change of ${p.stated}, but ${p.from} → ${p.to} gives ${p.computed} (${p.was} → ${p.now} covered).`,
    ru: (p) =>
      `${p.territory}, ${m(p.measure)}, ${type(p.orgType)}: в отчёте указано изменение ${p.stated}, но ${periodName(p.from, "ru")} → ${periodName(p.to, "ru")} даёт ${p.computed} (охвачено: ${p.was} → ${p.now}).`,
    kk: (p) =>
      `${territoryKk(p.territory)}, ${mk(p.measure)}, ${typeKk(p.orgType)}: есепте өзгеріс ${p.stated} деп көрсетілген, бірақ ${periodName(p.from, "kk")} → ${periodName(p.to, "kk")} аралығы бойынша есептегенде ${p.computed} шығады (қамтылғаны: ${p.was} → ${p.now}).`,
  }),
};

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
