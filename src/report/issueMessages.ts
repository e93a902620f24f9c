/**
 * The one catalogue of what the parser says about a report's text, in English, Russian and Kazakh.
 * Every issue the parser and the report-source layer raise has a code and named params; its `message`
 * (English: the CLI, the JSON) is rendered from here, and the pane renders the same code and params
 * in its own language ({@link issueMessage}), so the two can never say different things.
 *
 * The templates themselves are in issueTemplates.ts.
 */
import {
  type Params,
  type ParamsOf,
  type ParamValue,
  paramNames,
  renderTemplate,
  type Template,
} from "../domain/catalogue";
import type { Lang } from "../domain/lang";
import type { ReportIssue, Severity } from "../domain/report";
import { ISSUE_TEMPLATES } from "./issueTemplates";

export type IssueLang = Lang;
export type IssueParamValue = ParamValue;
export type IssueParams = Params;

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

type Catalogue = typeof ISSUE_TEMPLATES;
export type IssueCode = keyof Catalogue;

/** The params an issue of code C carries. */
export type IssueParamsOf<C extends IssueCode> = ParamsOf<Catalogue[C]>;

/** Every code the parser and the report-source layer can raise. */
export const ISSUE_CODES = Object.keys(ISSUE_TEMPLATES) as IssueCode[];

/** The params each code needs, and the ones only some of its variants use. */
export function issueParamNames(code: IssueCode): { needs: string[]; optional: string[] } {
  return paramNames(ISSUE_TEMPLATES[code]);
}

/**
 * The text of an issue's code and params, or null for a code the catalogue does not know or
 * params that lack one it needs.
 */
export function issueText(
  code: string,
  params: IssueParams | undefined,
  lang: IssueLang
): string | null {
  if (!has(ISSUE_TEMPLATES, code)) return null;
  const t: Template<string, string> = ISSUE_TEMPLATES[code as IssueCode];
  return renderTemplate(t, params, lang);
}

/** What reading a file found beside the parser (a table it can't map, damaged bytes): an issue without a place in the text. */
export interface SourceNotice {
  severity: Severity;
  code: string;
  message: string;
  params: IssueParams;
}

export function notice<C extends IssueCode>(
  severity: Severity,
  code: C,
  params: IssueParamsOf<C>
): SourceNotice {
  return { severity, code, message: englishIssueText(code, params), params: params as IssueParams };
}

/** The English message of an issue, as its `message` holds it. */
export function englishIssueText<C extends IssueCode>(code: C, params: IssueParamsOf<C>): string {
  return issueText(code, params as IssueParams, "en") ?? code;
}

// ---------------------------------------------------------------- the closing entry and the table prefix

const LINE_LABEL: Record<"en" | "ru", [string, string]> = {
  en: ["line", "lines"],
  ru: ["строка", "строки"],
};

/** "4, 7–9, 12, …": the first runs of lines. */
export function lineRuns(lines: readonly number[], maxRuns = 8): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length && runs.length <= maxRuns;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.length > maxRuns ? `${runs.slice(0, maxRuns).join(", ")}, …` : runs.join(", ");
}

/**
 * "lines 4, 7–9, 12, …": the first runs of lines, for a message. Kazakh writes one line as an
 * ordinal ("7-жол") and several after a label ("жолдар: 4, 7–9, 12").
 */
export function lineList(lines: readonly number[], maxRuns = 8, lang: IssueLang = "en"): string {
  const one = new Set(lines).size === 1;
  const runs = lineRuns(lines, maxRuns);
  if (lang === "kk") return one ? `${runs}-жол` : `жолдар: ${runs}`;
  return `${LINE_LABEL[lang][one ? 0 : 1]} ${runs}`;
}

/** The entry that stands for the repeats of an issue already given in full: "…and N more like this". */
export function repeatedText(
  repeated: { count: number; lines: readonly number[] },
  lang: IssueLang
): string {
  const lines = lineList(repeated.lines, 8, lang);
  if (lang === "kk") return `…және осындай тағы ${repeated.count} мәселе (${lines}).`;
  return lang === "ru"
    ? `…и ещё таких же замечаний: ${repeated.count} (${lines}).`
    : `…and ${repeated.count} more like this (${lines}).`;
}

/** "Table 2, row 5: ": where in a Word table an issue's item was read from. */
export function tableRowPrefix(
  table: IssueParamValue,
  row: IssueParamValue,
  lang: IssueLang
): string {
  if (lang === "kk") return `${table}-кесте, ${row}-жол: `;
  return lang === "ru" ? `Таблица ${table}, строка ${row}: ` : `Table ${table}, row ${row}: `;
}

/** "Page 3, line 12: ": where on a PDF's pages an issue's text was read from. */
export function pageLinePrefix(
  page: IssueParamValue,
  line: IssueParamValue,
  lang: IssueLang
): string {
  if (lang === "kk") return `${page}-бет, ${line}-жол: `;
  return lang === "ru" ? `Страница ${page}, строка ${line}: ` : `Page ${page}, line ${line}: `;
}

/** Where an issue was read, from its params: a Word table's row, or a PDF's page and line; "" when neither. */
export function placePrefix(p: IssueParams | undefined, lang: IssueLang): string {
  if (p?.atTable !== undefined && p.atRow !== undefined)
    return tableRowPrefix(p.atTable, p.atRow, lang);
  if (p?.atPage !== undefined && p.atPageLine !== undefined)
    return pageLinePrefix(p.atPage, p.atPageLine, lang);
  return "";
}

/**
 * An issue in the given language, from its code and params (a closing "and N more" entry from its
 * repeats; where it was read: a Word table's `atTable`, `atRow`, a PDF's `atPage`, `atPageLine`).
 * An issue the catalogue cannot render (an unknown code, missing params) gives its stored message.
 */
export function issueMessage(issue: ReportIssue, lang: IssueLang): string {
  const p = issue.params;
  const text = issue.repeated ? repeatedText(issue.repeated, lang) : issueText(issue.code, p, lang);
  if (text === null) return issue.message;
  return placePrefix(p, lang) + text;
}
