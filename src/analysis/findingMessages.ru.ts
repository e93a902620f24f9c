/**
 * The Russian texts of findingMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Russian.
 */
import type { Texts } from "../domain/catalogue";
import type { FINDING_TEMPLATES } from "./findingMessages";
import { measureList, measureName, orgTypeName, periodName } from "../domain/lang";
import { plural } from "../domain/numbers";

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

export const FINDING_RU: Texts<typeof FINDING_TEMPLATES> = {
  "percent-mismatch": (p) =>
    `${p.territory}, ${m(p.measure)}, ${type(p.orgType)}: ${p.covered} из ${p.total} — это ${p.computed}%, а в отчёте указано ${p.stated}% (${whereRu(p)}).`,
  "covered-sum-mismatch": (p) =>
    `${m(p.measure)}, ${type(p.orgType)}: по ${p.rows} ${rowsRu(p.rows)} охвачено в сумме ${p.sum}, а в отчёте указано ${p.stated} (${whereRu(p)}).`,
  "change-sum-mismatch": (p) =>
    `${m(p.measure)}: изменения по ${p.rows} ${rowsRu(p.rows)} в сумме дают ${p.sum}, а в сводном показателе указано ${p.stated} (${whereRu(p)}).`,
  "total-sum-mismatch": (p) =>
    `${m(p.measure)}, ${type(p.orgType)}: по ${p.rows} ${rowsRu(p.rows)} всего организаций в сумме ${p.sum}, а в отчёте указано ${p.stated} (${whereRu(p)}).`,
  "base-mismatch": (p) =>
    `${p.territory}, ${type(p.orgType)}: всего организаций ${p.odd} по мере ${measuresRu(p.oddMeasures)} (${whereRu(p)}), но ${p.usual} по мере ${measuresRu(p.usualMeasures)}.`,
  "headline-parts-mismatch": (p) =>
    `${subjectRu(p.subject)}, ${QUANTITY_RU[p.quantity] ?? p.quantity}: в отчёте указано ${p.stated} всего (${whereRu(p)}), а сумма по типам организаций — ${p.sum}.`,
  "headline-percent-mismatch": (p) =>
    `${m(p.measure)}: ${p.covered} из ${p.base} — это ${p.computed}%, а в отчёте указано ${p.stated}% (${whereRu(p)}).`,
  "stated-change-mismatch": (p) =>
    `${p.territory}, ${m(p.measure)}, ${type(p.orgType)}: в отчёте указано изменение ${p.stated}, но ${periodName(p.from, "ru")} → ${periodName(p.to, "ru")} даёт ${p.computed} (охвачено: ${p.was} → ${p.now}).`,
};
