/**
 * The Russian texts of queryMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane or the functions' runtime speaks Russian.
 */
import type { Texts } from "../domain/catalogue";
import type { QUERY_TEMPLATES } from "./queryMessages";
import { elsewhereText, sentence, unresolvedReason, unresolvedText } from "../domain/nameMessages";
import { measureName, orgTypeName, periodName } from "../domain/lang";
import { vocabularyText } from "../domain/vocabulary";

const m = (id: string) => `«${measureName(id, "ru")}»`;

export const QUERY_RU: Texts<typeof QUERY_TEMPLATES> = {
  "none-below": (p) => `(ниже ${String(p.threshold).replace(".", ",")}% нет)`,
  "no-report": () => "Ни один отчёт не загружен.",
  "unknown-period": (p) => `Неизвестный период «${p.period}». Загружены: ${p.loaded || "нет"}.`,
  "unknown-word": (p) => vocabularyText(p, "ru"),
  "unresolved-territory": (p) =>
    unresolvedText(unresolvedReason(p.reason), p.name, p.candidates, "ru"),
  "reported-elsewhere": (p) => sentence(elsewhereText(p, "ru")),
  "no-country-figures": (p) => `Нет цифр по мере ${m(p.measure)} за ${periodName(p.period, "ru")}.`,
  "no-figure": (p) =>
    `В отчёте за ${periodName(p.period, "ru")} нет цифры по мере ${m(p.measure)} для территории «${p.territory}»${p.orgType ? ` (${orgTypeName(p.orgType, "ru")})` : ""}.`,
  "no-national-percent": (p) =>
    `В отчёте за ${periodName(p.period, "ru")} не указан процент по стране для меры ${m(p.measure)} (${orgTypeName(p.orgType, "ru")}).`,
  "stated-per-type": () =>
    "Отчёт указывает проценты только по типам: выберите kindergarten, school или college.",
  "threshold-not-share": (p) => `Порог «${p.value}» — не доля (0,5) и не процент (50).`,
  "threshold-above-100": (p) => `Порог «${p.value}» больше 100%.`,
  "country-no-rank": () => "У страны в целом нет места в рейтинге: укажите территорию.",
  "only-one-period": (p) =>
    `Загружен только один период (${p.loaded || "нет"}): для изменения нужны два. Импортируйте отчёт за другой квартал.`,
  "no-period-before": (p) => `До периода ${p.period} ни один период не загружен.`,
  "same-period": (p) => `«from» и «to» — один и тот же период (${p.period}).`,
  "ranges-differ": (p) =>
    `Диапазоны разного размера: ${p.a} и ${p.b}; укажите диапазоны одного размера или отдельные значения.`,
};
