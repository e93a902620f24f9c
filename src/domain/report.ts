import type { Level, Measure } from "./measures";
import type { OrgType, OrgTypeOrAll } from "./orgTypes";

/** A place in the report's text: 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One territory figure of the report: "г. Алматы (100 из 214) – 47%" under turnstiles, schools. */
export interface CoverageRecord extends SourcePosition {
  period: string;
  measure: Measure;
  orgType: OrgType;
  territoryId: string;
  /** As written in the report, without г./гг. */
  territoryName: string;
  covered: number;
  total: number;
  /** The percentage as the report states it (may disagree with covered ÷ total). */
  statedPercent: number;
  /** "(рост на +13)" → 13, "(снижение на -1)" → -1; null when the report states no change. */
  statedChange: number | null;
  /** Read from a Word table: its number, the row and the columns of the figure (all 1-based). */
  table?: {
    table: number;
    row: number;
    columns: { territory: number; covered: number; total: number; percent: number };
  };
  /** Read from a PDF: the page, and the line on that page (both 1-based). */
  page?: { page: number; line: number };
  /** The footnotes whose marks the item carries ("г. Алматы*"): each mark and its text. */
  footnotes?: Array<{ mark: string; text: string }>;
  /**
   * Parts of the item's figure the report breaks out ("…, в том числе частные школы (23 из 40) –
   * 58%"): kept with the item, never a territory of their own.
   */
  parts?: SubFigure[];
}

/** A part of an item's figure: "частные школы (23 из 40) – 58%" → 23 of 40, 58%. */
export interface SubFigure {
  /** As written, after "в том числе" / "из них" / "оның ішінде". */
  text: string;
  /** What the part is ("частные школы", "в сельской местности", "г. Темиртау"). */
  label: string;
  covered: number;
  total?: number;
  percent?: number;
}

/** A footnote of the report: its mark, its text, its line, and how many figures carry its mark. */
export interface Footnote {
  mark: string;
  text: string;
  line: number;
  figures: number;
}

/** A version of the report by language: "ru" (Russian) or "kk" (Kazakh, the state language). */
export type ReportLanguage = "ru" | "kk";

/**
 * The languages a report was read in: how many figures each version gave, how many territories'
 * figures both gave, and how many of those disagree (each said as an issue).
 */
export interface ReadLanguages {
  figures: Partial<Record<ReportLanguage, number>>;
  both: number;
  differ: number;
}

/**
 * A headline figure the report states in its prose: how many organisations there are (per level),
 * how many have a measure, the share, and how the covered count changed since the period compared
 * with ("change", over all types). `orgType` `all` is the sum over types.
 */
export interface StatedTotal extends SourcePosition {
  quantity: "total" | "covered" | "percent" | "change";
  level: Level;
  /** null for a base that applies to every measure of the level. */
  measure: Measure | null;
  orgType: OrgTypeOrAll;
  value: number;
}

export type Severity = "error" | "warning";

/** Something wrong with the report's text itself (not a contradiction between figures: see the audit). */
export interface ReportIssue extends SourcePosition {
  severity: Severity;
  /** Stable code for programs: "malformed-item", "unknown-territory", ... */
  code: string;
  /** In English (the CLI, the JSON); the pane renders `code` and `params` in its language. */
  message: string;
  /**
   * What the message says, as named values (names and excerpts as written, counts, lines, measure
   * and type ids): the catalogue (src/report/issueMessages.ts) renders the message from them in
   * English or Russian. Absent on an issue made elsewhere; the message stands alone then.
   */
  params?: Record<string, string | number>;
  /** The text the issue is about, as written. */
  excerpt: string;
  /**
   * Set on the one entry that stands for the repeats of an issue already given in full several
   * times: how many more there are, and the line of each.
   */
  repeated?: { count: number; lines: number[] };
}

/** How many issues a list stands for, counting the repeats folded into a closing entry. */
export function issueCount(issues: readonly ReportIssue[]): number {
  return issues.reduce((n, i) => n + (i.repeated?.count ?? 1), 0);
}

export interface Report {
  /** "2023-Q1", or null when the report names no period. */
  period: string | null;
  records: CoverageRecord[];
  statedTotals: StatedTotal[];
  issues: ReportIssue[];
  /** The report's footnotes, when it has any. */
  footnotes?: Footnote[];
  /** The languages its figures were read in (absent when none was read). */
  languages?: ReadLanguages;
}
