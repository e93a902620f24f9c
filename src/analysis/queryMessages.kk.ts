/**
 * The Kazakh texts of queryMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane or the functions' runtime speaks Kazakh.
 */
import type { Texts } from "../domain/catalogue";
import type { QUERY_TEMPLATES } from "./queryMessages";
import { elsewhereText, unresolvedReason, unresolvedText } from "../domain/nameMessages";
import { kazakhName } from "../domain/territories";
import { measureName, orgTypeName, periodName } from "../domain/lang";
import { vocabularyText } from "../domain/vocabulary";

const mk = (id: string) => `«${measureName(id, "kk")}»`;

export const QUERY_KK: Texts<typeof QUERY_TEMPLATES> = {
  "none-below": (p) => `(${String(p.threshold).replace(".", ",")}%-дан төмен аумақ жоқ)`,
  "no-report": () => "Бірде-бір есеп жүктелмеген.",
  "unknown-period": (p) =>
    `«${p.period}» кезеңі жүктелмеген. Жүктелген кезеңдер: ${p.loaded || "жоқ"}.`,
  "unknown-word": (p) => vocabularyText(p, "kk"),
  "unresolved-territory": (p) =>
    unresolvedText(unresolvedReason(p.reason), p.name, p.candidates, "kk"),
  "reported-elsewhere": (p) => elsewhereText(p, "kk"),
  "no-country-figures": (p) =>
    `${periodName(p.period, "kk")} бойынша ${mk(p.measure)} шарасының сандары жоқ.`,
  "no-figure": (p) =>
    `${periodName(p.period, "kk")} есебінде «${kazakhName(p.territory)}» аумағы үшін ${mk(p.measure)} шарасы бойынша сан жоқ${p.orgType ? ` (${orgTypeName(p.orgType, "kk")})` : ""}.`,
  "no-national-percent": (p) =>
    `${periodName(p.period, "kk")} есебінде ${mk(p.measure)} шарасы (${orgTypeName(p.orgType, "kk")}) бойынша ел бойынша пайыз көрсетілмеген.`,
  "stated-per-type": () =>
    "Есеп пайыздарды тек ұйым түрлері бойынша береді: балабақшаны, мектепті немесе колледжді таңдаңыз.",
  "threshold-not-share": (p) => `«${p.value}» шегі үлес те (0,5), пайыз да (50) емес.`,
  "threshold-above-100": (p) => `«${p.value}» шегі 100%-дан жоғары.`,
  "country-no-rank": () => "Бүкіл елдің рейтингте орны жоқ: аумақты көрсетіңіз.",
  "only-one-period": (p) =>
    `Тек бір кезең жүктелген (${p.loaded || "жоқ"}): өзгеріс үшін екі кезең керек. Басқа тоқсанның есебін импорттаңыз.`,
  "no-period-before": (p) => `${p.period} кезеңіне дейін бірде-бір кезең жүктелмеген.`,
  "same-period": (p) => `«from» мен «to» — бір кезең (${p.period}).`,
  "ranges-differ": (p) =>
    `Ауқымдардың өлшемі әртүрлі: ${p.a} және ${p.b}; бірдей өлшемді ауқымдарды немесе жеке мәндерді көрсетіңіз.`,
};
