/**
 * What the EDU functions (and `cli coverage`, `cli change`) answer when there is no number to give,
 * in English, Russian and Kazakh: the one catalogue for query errors. A query fails with a code and params;
 * its `message` is the English rendering (the CLI), and a cell shows it in Office's language.
 *
 * Each code's params and English are here; its Russian and Kazakh texts are in queryMessages.ru.ts and
 * queryMessages.kk.ts, fetched one language at a time (src/host/messageTexts.ts).
 */
import {
  type Params,
  type ParamsOf,
  renderTemplate,
  catalogue,
  template,
} from "../domain/catalogue";
import { type Lang, orgTypeName } from "../domain/lang";
import { elsewhereText, unresolvedReason, unresolvedText } from "../domain/nameMessages";

import { vocabularyText } from "../domain/vocabulary";

export const QUERY_TEMPLATES = catalogue("query", {
  /** Not an error: LAGGING's one row when nothing is below the threshold (a percentage, "12.5"). */
  "none-below": template({
    needs: ["threshold"],
    en: (p) => `(none below ${p.threshold}%)`,
  }),
  "no-report": template({
    needs: [],
    en: () => "No report is loaded.",
  }),
  "unknown-period": template({
    /** loaded: the loaded periods, ", "-joined ("" for none). */
    needs: ["period", "loaded"],
    en: (p) => `Unknown period '${p.period}'. Loaded: ${p.loaded || "none"}.`,
  }),
  "unknown-word": template({
    /** A word that is no measure or type: vocabularyText's facts. */
    needs: ["what", "word", "candidates", "accepted"],
    en: (p) => vocabularyText(p, "en"),
  }),
  "unresolved-territory": template({
    needs: ["reason", "name", "candidates"],
    en: (p) => unresolvedText(unresolvedReason(p.reason), p.name, p.candidates, "en"),
  }),
  "reported-elsewhere": template({
    needs: ["measure", "level", "territory"],
    optional: ["cities", "region"],
    en: (p) => elsewhereText(p, "en"),
  }),
  "no-country-figures": template({
    needs: ["measure", "period"],
    en: (p) => `No ${p.measure} figures in ${p.period}.`,
  }),
  "no-figure": template({
    /** orgType: a type id, or "" when the figure is asked over the territory's types. */
    needs: ["period", "measure", "territory", "orgType"],
    en: (p) =>
      `The ${p.period} report has no ${p.measure} figure for ${p.territory}${p.orgType ? ` (${orgTypeName(p.orgType, "en")})` : ""}.`,
  }),
  "no-national-percent": template({
    needs: ["period", "measure", "orgType"],
    en: (p) =>
      `The ${p.period} report states no national percentage for ${p.measure} / ${p.orgType}.`,
  }),
  "stated-per-type": template({
    needs: [],
    en: () =>
      "The report states percentages per type only: choose kindergarten, school or college.",
  }),
  "threshold-not-share": template({
    needs: ["value"],
    en: (p) => `Threshold '${p.value}' is not a share (0.5) or a percentage (50).`,
  }),
  "threshold-above-100": template({
    needs: ["value"],
    en: (p) => `Threshold '${p.value}' is above 100%.`,
  }),
  "country-no-rank": template({
    needs: [],
    en: () => "The whole country has no rank: name a territory.",
  }),
  "only-one-period": template({
    needs: ["loaded"],
    en: (p) =>
      `Only one period is loaded (${p.loaded || "none"}): a change needs two. Import another quarter's report.`,
  }),
  "no-period-before": template({
    needs: ["period"],
    en: (p) => `No period is loaded before ${p.period}.`,
  }),
  "same-period": template({
    needs: ["period"],
    en: (p) => `'from' and 'to' are the same period (${p.period}).`,
  }),
  "ranges-differ": template({
    /** a, b: the two shapes, "2×1" and "1×2". */
    needs: ["a", "b"],
    en: (p) =>
      `The ranges differ in size: ${p.a} and ${p.b}; give ranges of one size, or single values.`,
  }),
});

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
