/**
 * What the EDU functions (and `cli coverage`, `cli change`) answer when there is no number to give,
 * in English, Russian and Kazakh: the one catalogue for query errors. A query fails with a code and params;
 * its `message` is the English rendering (the CLI), and a cell shows it in Office's language.
 */
import { type Params, type ParamsOf, renderTemplate, template } from "../domain/catalogue";
import { type Lang, measureName, orgTypeName, periodName } from "../domain/lang";
import { elsewhereText, sentence, unresolvedText } from "../domain/nameMessages";
import { kazakhName } from "../domain/territories";
import { vocabularyText } from "../domain/vocabulary";

const m = (id: string) => `«${measureName(id, "ru")}»`;
const mk = (id: string) => `«${measureName(id, "kk")}»`;

export const QUERY_TEMPLATES = {
  /** Not an error: LAGGING's one row when nothing is below the threshold (a percentage, "12.5"). */
  "none-below": template({
    needs: ["threshold"],
    en: (p) => `(none below ${p.threshold}%)`,
    ru: (p) => `(ниже ${String(p.threshold).replace(".", ",")}% нет)`,
    kk: (p) => `(${String(p.threshold).replace(".", ",")}%-дан төмен аумақ жоқ)`,
  }),
  "no-report": template({
    needs: [],
    en: () => "No report is loaded.",
    ru: () => "Ни один отчёт не загружен.",
    kk: () => "Бірде-бір есеп жүктелмеген.",
  }),
  "unknown-period": template({
    /** loaded: the loaded periods, ", "-joined ("" for none). */
    needs: ["period", "loaded"],
    en: (p) => `Unknown period '${p.period}'. Loaded: ${p.loaded || "none"}.`,
    ru: (p) => `Неизвестный период «${p.period}». Загружены: ${p.loaded || "нет"}.`,
    kk: (p) => `«${p.period}» кезеңі жүктелмеген. Жүктелген кезеңдер: ${p.loaded || "жоқ"}.`,
  }),
  "unknown-word": template({
    /** A word that is no measure or type: vocabularyText's facts. */
    needs: ["what", "word", "candidates", "accepted"],
    en: (p) => vocabularyText(p, "en"),
    ru: (p) => vocabularyText(p, "ru"),
    kk: (p) => vocabularyText(p, "kk"),
  }),
  "unresolved-territory": template({
    needs: ["reason", "name", "candidates"],
    en: (p) => unresolvedText(reasonOf(p.reason), p.name, p.candidates, "en"),
    ru: (p) => unresolvedText(reasonOf(p.reason), p.name, p.candidates, "ru"),
    kk: (p) => unresolvedText(reasonOf(p.reason), p.name, p.candidates, "kk"),
  }),
  "reported-elsewhere": template({
    needs: ["measure", "level", "territory"],
    optional: ["cities", "region"],
    en: (p) => elsewhereText(p, "en"),
    ru: (p) => sentence(elsewhereText(p, "ru")),
    kk: (p) => elsewhereText(p, "kk"),
  }),
  "no-country-figures": template({
    needs: ["measure", "period"],
    en: (p) => `No ${p.measure} figures in ${p.period}.`,
    ru: (p) => `Нет цифр по мере ${m(p.measure)} за ${periodName(p.period, "ru")}.`,
    kk: (p) => `${periodName(p.period, "kk")} бойынша ${mk(p.measure)} шарасының сандары жоқ.`,
  }),
  "no-figure": template({
    /** orgType: a type id, or "" when the figure is asked over the territory's types. */
    needs: ["period", "measure", "territory", "orgType"],
    en: (p) =>
      `The ${p.period} report has no ${p.measure} figure for ${p.territory}${p.orgType ? ` (${orgTypeName(p.orgType, "en")})` : ""}.`,
    ru: (p) =>
      `В отчёте за ${periodName(p.period, "ru")} нет цифры по мере ${m(p.measure)} для территории «${p.territory}»${p.orgType ? ` (${orgTypeName(p.orgType, "ru")})` : ""}.`,
    kk: (p) =>
      `${periodName(p.period, "kk")} есебінде «${kazakhName(p.territory)}» аумағы үшін ${mk(p.measure)} шарасы бойынша сан жоқ${p.orgType ? ` (${orgTypeName(p.orgType, "kk")})` : ""}.`,
  }),
  "no-national-percent": template({
    needs: ["period", "measure", "orgType"],
    en: (p) =>
      `The ${p.period} report states no national percentage for ${p.measure} / ${p.orgType}.`,
    ru: (p) =>
      `В отчёте за ${periodName(p.period, "ru")} не указан процент по стране для меры ${m(p.measure)} (${orgTypeName(p.orgType, "ru")}).`,
    kk: (p) =>
      `${periodName(p.period, "kk")} есебінде ${mk(p.measure)} шарасы (${orgTypeName(p.orgType, "kk")}) бойынша ел бойынша пайыз көрсетілмеген.`,
  }),
  "stated-per-type": template({
    needs: [],
    en: () =>
      "The report states percentages per type only: choose kindergarten, school or college.",
    ru: () =>
      "Отчёт указывает проценты только по типам: выберите kindergarten, school или college.",
    kk: () =>
      "Есеп пайыздарды тек ұйым түрлері бойынша береді: балабақшаны, мектепті немесе колледжді таңдаңыз.",
  }),
  "threshold-not-share": template({
    needs: ["value"],
    en: (p) => `Threshold '${p.value}' is not a share (0.5) or a percentage (50).`,
    ru: (p) => `Порог «${p.value}» — не доля (0,5) и не процент (50).`,
    kk: (p) => `«${p.value}» шегі үлес те (0,5), пайыз да (50) емес.`,
  }),
  "threshold-above-100": template({
    needs: ["value"],
    en: (p) => `Threshold '${p.value}' is above 100%.`,
    ru: (p) => `Порог «${p.value}» больше 100%.`,
    kk: (p) => `«${p.value}» шегі 100%-дан жоғары.`,
  }),
  "country-no-rank": template({
    needs: [],
    en: () => "The whole country has no rank: name a territory.",
    ru: () => "У страны в целом нет места в рейтинге: укажите территорию.",
    kk: () => "Бүкіл елдің рейтингте орны жоқ: аумақты көрсетіңіз.",
  }),
  "only-one-period": template({
    needs: ["loaded"],
    en: (p) =>
      `Only one period is loaded (${p.loaded || "none"}): a change needs two. Import another quarter's report.`,
    ru: (p) =>
      `Загружен только один период (${p.loaded || "нет"}): для изменения нужны два. Импортируйте отчёт за другой квартал.`,
    kk: (p) =>
      `Тек бір кезең жүктелген (${p.loaded || "жоқ"}): өзгеріс үшін екі кезең керек. Басқа тоқсанның есебін импорттаңыз.`,
  }),
  "no-period-before": template({
    needs: ["period"],
    en: (p) => `No period is loaded before ${p.period}.`,
    ru: (p) => `До периода ${p.period} ни один период не загружен.`,
    kk: (p) => `${p.period} кезеңіне дейін бірде-бір кезең жүктелмеген.`,
  }),
  "same-period": template({
    needs: ["period"],
    en: (p) => `'from' and 'to' are the same period (${p.period}).`,
    ru: (p) => `«from» и «to» — один и тот же период (${p.period}).`,
    kk: (p) => `«from» мен «to» — бір кезең (${p.period}).`,
  }),
  "ranges-differ": template({
    /** a, b: the two shapes, "2×1" and "1×2". */
    needs: ["a", "b"],
    en: (p) =>
      `The ranges differ in size: ${p.a} and ${p.b}; give ranges of one size, or single values.`,
    ru: (p) =>
      `Диапазоны разного размера: ${p.a} и ${p.b}; укажите диапазоны одного размера или отдельные значения.`,
    kk: (p) =>
      `Ауқымдардың өлшемі әртүрлі: ${p.a} және ${p.b}; бірдей өлшемді ауқымдарды немесе жеке мәндерді көрсетіңіз.`,
  }),
};

function reasonOf(reason: string): "unknown" | "ambiguous" | "empty" {
  return reason === "ambiguous" || reason === "empty" ? reason : "unknown";
}

export type QueryCode = keyof typeof QUERY_TEMPLATES;
export type QueryParamsOf<C extends QueryCode> = ParamsOf<(typeof QUERY_TEMPLATES)[C]>;

/** A query error's text in the language (its stored English message when the params can't render it). */
export function queryMessage(
  e: { code?: string; message: string; params?: Params },
  lang: Lang
): string {
  const t = e.code
    ? (QUERY_TEMPLATES as Record<string, (typeof QUERY_TEMPLATES)[QueryCode]>)[e.code]
    : undefined;
  return (t && renderTemplate(t, e.params, lang)) ?? e.message;
}

export function englishQueryText<C extends QueryCode>(code: C, params: QueryParamsOf<C>): string {
  return renderTemplate(QUERY_TEMPLATES[code], params as Params, "en") ?? code;
}
