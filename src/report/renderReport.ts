import { type Measure, measureInfo, MEASURE_IDS } from "../domain/measures";
import { ORG_TYPES, type OrgType, type OrgTypeOrAll } from "../domain/orgTypes";
import type { CoverageRecord, Report, StatedTotal } from "../domain/report";
import { territoryById } from "../domain/territories";

/**
 * The typographic habits of a report's author. The parser must read every combination alike;
 * the round-trip tests and the benchmark's synthetic reports draw them at random.
 */
export interface RenderStyle {
  dash: "–" | "—" | "-";
  /** Between thousands: "9 986", "9\u00A0986" or "9986". */
  thousands: " " | "\u00A0" | "";
  /** "152 из 425" or "152из 425"; "– 3%" or "–3%". */
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
}

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

const HEADINGS: Record<OrgType, [string, string]> = {
  kindergarten: ["дошкольные организации образования:", "В дошкольных организациях образования:"],
  school: ["- организации среднего образования:", "- в организациях среднего образования:"],
  college: [
    "- организации технического и профессионального образования:",
    "- в организациях технического и профессионального образования:",
  ],
};

const UNITS: Record<OrgType, string> = {
  kindergarten: "детсадов",
  school: "школ",
  college: "колледжей",
};

const INTRO: Record<Measure, (pct: string, covered: string, parts: string) => string> = {
  video: (pct, covered, parts) =>
    `системы видеонаблюдения в ${covered} организаций образования (${parts}) подключены к ЦОУ (${pct}% от общего количества).`,
  guard: (pct, covered, parts) =>
    `- ${pct}% или ${covered} объектов заключили договора с лицензированной охраной (${parts}).`,
  panic: (pct, covered, parts) =>
    `- ${pct}% или ${covered} объектов установили тревожные кнопки с подключением к пультам централизованного наблюдения (${parts}).`,
  turnstile: (pct, covered, parts) =>
    `- ${pct}% или ${covered} объектов установили пропускную систему (турникеты) (${parts}).`,
};

function num(n: number, style: RenderStyle): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
}

function itemText(r: CoverageRecord, style: RenderStyle, index: number): string {
  const t = territoryById(r.territoryId);
  const isCity = t?.kind === "city-group" || t?.kind === "republican-city";
  const prefix = !isCity ? "" : (t?.cities.length ?? 1) > 1 ? "гг." : "г.";
  const name = `${prefix}${prefix && style.spaceAfterPrefix ? " " : ""}${r.territoryName}`;
  const sp = style.tight ? "" : " ";
  const brk = style.splitItems && index % 7 === 3 ? "\n" : " ";
  const unit = index === 0 ? ` ${UNITS[r.orgType]}` : "";
  const counts =
    r.covered === r.total
      ? `${num(r.total, style)}${unit}`
      : `${num(r.covered, style)}${sp}из${brk}${num(r.total, style)}${unit}`;
  let change = "";
  if (r.statedChange !== null) {
    const word = r.statedChange >= 0 ? (style.typoInGrowth ? "рос" : "рост") : "снижение";
    change = ` (${word} на ${r.statedChange >= 0 ? "+" : "-"}${Math.abs(r.statedChange)})`;
  }
  return `${name} (${counts}) ${style.dash}${sp}${r.statedPercent}%${change}`;
}

function parts(totals: readonly StatedTotal[], style: RenderStyle): string {
  const byType = (o: OrgTypeOrAll) => totals.find((t) => t.orgType === o)?.value ?? 0;
  return `${num(byType("kindergarten"), style)} детсадов, ${num(byType("school"), style)} школ, ${num(byType("college"), style)} колледжей`;
}

/** Writes a report back as the ministry's prose, in a given style. */
export function renderReport(report: Report, style: RenderStyle = SEED_LIKE_STYLE): string {
  const [year, quarter] = (report.period ?? "2023-Q1").split("-Q");
  const stated = (q: StatedTotal["quantity"], m: Measure | null, level: "region" | "city") =>
    report.statedTotals.filter(
      (t) => t.quantity === q && t.level === level && (q === "total" || t.measure === m)
    );
  const out: string[] = [];
  for (const measure of MEASURE_IDS) {
    const level = measureInfo(measure).level;
    const base = stated("total", null, level);
    const covered = stated("covered", measure, level);
    const pct = stated("percent", measure, level)[0]?.value ?? 0;
    const coveredAll = num(covered.find((t) => t.orgType === "all")?.value ?? 0, style);
    if (measure === "video") {
      out.push(
        `По информации местных исполнительных органов в республике ${num(base.find((t) => t.orgType === "all")?.value ?? 0, style)} организаций образования (${parts(base, style)}), которые обеспечены системами видеонаблюдения. ` +
          `По состоянию на ${quarter} квартал ${year} года ${INTRO.video(String(pct), coveredAll, parts(covered, style))}`
      );
    } else {
      if (measure === "guard") {
        out.push(
          `Также проанализирована обеспеченность лицензированной охраной организаций образования в крупных городах. ` +
            `В крупных городах функционируют ${num(base.find((t) => t.orgType === "all")?.value ?? 0, style)} организаций образования (${parts(base, style)}), из которых:`
        );
      }
      out.push(INTRO[measure](String(pct), coveredAll, parts(covered, style)));
    }
    out.push("Справочно:");
    for (const orgType of ORG_TYPES) {
      const rows = report.records.filter((r) => r.measure === measure && r.orgType === orgType);
      if (rows.length === 0) continue;
      out.push(HEADINGS[orgType][style.headingWording]);
      out.push(
        rows.map((r, i) => itemText(r, style, i)).join(style.itemsOnOwnLines ? ";\n" : "; ") + "."
      );
    }
  }
  return out.join("\n");
}
