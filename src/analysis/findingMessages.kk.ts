/**
 * The Kazakh texts of findingMessages.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Kazakh.
 */
import type { Texts } from "../domain/catalogue";
import type { FINDING_TEMPLATES } from "./findingMessages";
import { measureList, measureName, orgTypeName, periodName } from "../domain/lang";
import { resolveTerritory } from "../domain/resolveTerritory";

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

export const FINDING_KK: Texts<typeof FINDING_TEMPLATES> = {
  "percent-mismatch": (p) =>
    `${territoryKk(p.territory)}, ${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.total} ішінен ${p.covered} — бұл ${p.computed}%, ал есепте ${p.stated}% көрсетілген (${whereKk(p)}).`,
  "covered-sum-mismatch": (p) =>
    `${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.rows} жол бойынша қамтылғандардың қосындысы ${p.sum}, ал есепте ${p.stated} көрсетілген (${whereKk(p)}).`,
  "change-sum-mismatch": (p) =>
    `${mk(p.measure)}: ${p.rows} жол бойынша көрсетілген өзгерістердің қосындысы ${p.sum}, ал жиынтық көрсеткіште ${p.stated} көрсетілген (${whereKk(p)}).`,
  "total-sum-mismatch": (p) =>
    `${mk(p.measure)}, ${typeKk(p.orgType)}: ${p.rows} жол бойынша ұйымдардың жалпы санының қосындысы ${p.sum}, ал есепте ${p.stated} көрсетілген (${whereKk(p)}).`,
  "base-mismatch": (p) =>
    `${territoryKk(p.territory)}, ${typeKk(p.orgType)}: ${measuresKk(p.oddMeasures)} бойынша ұйымдардың жалпы саны ${p.odd} (${whereKk(p)}), бірақ ${measuresKk(p.usualMeasures)} бойынша ${p.usual}.`,
  "headline-parts-mismatch": (p) =>
    `${subjectKk(p.subject)}, ${QUANTITY_KK[p.quantity] ?? p.quantity}: есепте барлығы ${p.stated} көрсетілген (${whereKk(p)}), ал ұйым түрлері бойынша қосынды — ${p.sum}.`,
  "headline-percent-mismatch": (p) =>
    `${mk(p.measure)}: ${p.base} ішінен ${p.covered} — бұл ${p.computed}%, ал есепте ${p.stated}% көрсетілген (${whereKk(p)}).`,
  "stated-change-mismatch": (p) =>
    `${territoryKk(p.territory)}, ${mk(p.measure)}, ${typeKk(p.orgType)}: есепте өзгеріс ${p.stated} деп көрсетілген, бірақ ${periodName(p.from, "kk")} → ${periodName(p.to, "kk")} аралығы бойынша есептегенде ${p.computed} шығады (қамтылғаны: ${p.was} → ${p.now}).`,
};
