import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { Report, Severity } from "../domain/report";
import { ABBREVIATIONS, parsePercent, QUARTERS, SENTENCE_END, tokenPattern } from "./lexicon";
import { cleanReportText } from "./cleanText";
import { sayCount } from "./countReading";
import { type KazakhPart, leaveOutKazakh } from "./kazakhText";
import { checkCompleteness } from "./completeness";
import { type ItemFields, ItemReader, type Section } from "./itemReader";
import { readLooseItem } from "./looseItem";
import { isListTotal, isProse, itemParts, unfinishedItem } from "./listText";
import { HeadlineReader } from "./headlines";
import { IssueCollector } from "./issueCollector";
import { englishIssueText, type IssueCode, type IssueParamsOf } from "./issueMessages";
import { excerptAt, LineIndex } from "./positions";

const HEADING_GROUPS: ReadonlyArray<[string, OrgType]> = [
  ["hkg", "kindergarten"],
  ["hschool", "school"],
  ["hcollege", "college"],
  ["hkgLine", "kindergarten"],
  ["hschoolLine", "school"],
  ["hcollegeLine", "college"],
];
const MEASURE_GROUPS: ReadonlyArray<[string, Measure]> = [
  ["mvideo", "video"],
  ["mguard", "guard"],
  ["mpanic", "panic"],
  ["mturnstile", "turnstile"],
];

/** Reads one report; a new instance per parse (it holds the scan state). */
class ReportReader {
  private readonly lines: LineIndex;
  private readonly issues = new IssueCollector();
  private period: string | null = null;
  private periodOffset = 0;
  /** Whether the period was read from a dating phrase ("по состоянию на"). */
  private periodDated = false;
  /** Where the token before the current one ends. */
  private previousEnd = 0;
  /** The measure and type of the list being read (headings and measures set them). */
  private readonly section: Section = { measure: null, orgType: null };
  private inList = false;
  private readonly headlines: HeadlineReader;
  private readonly items: ItemReader;
  /** Where each (measure, type) section's heading stands, for messages about the section. */
  private readonly sections = new Map<string, number>();
  /** The report's text, cleaned of what a PDF or a web page put into it (cleanText.ts). */
  private readonly text: string;
  /**
   * A section on a measure the parser does not know, being passed over: its headline's words,
   * where it starts, and how many items it had. Said once when it ends (at the next known measure).
   */
  private unknown: { section: string; start: number; end: number; items: number } | null = null;
  /** The parts in Kazakh, left out of the text read (kazakhText.ts): where each starts and ends. */
  private readonly kazakh: readonly KazakhPart[];

  constructor(raw: string) {
    // Read as the report was written, whatever it went through (a PDF, a web page): cleanText.ts.
    const clean = cleanReportText(raw);
    // A part in Kazakh is left out, line for line, and said once (kazakhText.ts).
    const kazakh = leaveOutKazakh(clean.text, clean.origin);
    this.text = kazakh.text;
    this.kazakh = kazakh.parts;
    this.lines = new LineIndex(this.text, clean.origin);
    this.headlines = new HeadlineReader(
      this.text,
      this.lines,
      (...a) => this.issue(...a),
      (section, start, end) => this.onUnknownMeasure(section, start, end)
    );
    this.items = new ItemReader(
      this.lines,
      (...a) => this.issue(...a),
      (text, offset) => this.count(text, offset, "error")
    );
  }

  read(): Report {
    for (const k of this.kazakh)
      this.issue(
        "warning",
        "kazakh-text",
        { lines: k.first === k.last ? `${k.first}` : `${k.first}–${k.last}`, figures: k.figures },
        k.start,
        k.start
      );
    if (this.text.trim().length === 0) {
      this.issue("error", "empty-report", {}, 0, 0);
      return this.result();
    }
    const scanner = tokenPattern();
    let cursor = 0;
    for (let m = scanner.exec(this.text); m !== null; m = scanner.exec(this.text)) {
      if (m[0].length === 0) {
        scanner.lastIndex++;
        continue;
      }
      // In a list, a share in brackets after figures ends an item written in another order
      // ("Акмолинская – 114 из 122 (93%)"): the item is read whole, never its share as a headline's;
      // a change note in brackets right after it is the item's own.
      if (
        this.inList &&
        m.groups?.ofTotal !== undefined &&
        unfinishedItem(this.text.slice(cursor, m.index))
      ) {
        const end = m.index + m[0].length;
        const note = /^\s*\([^()%]{0,400}\)/u.exec(this.text.slice(end, end + 410));
        this.gap(cursor, end + (note?.[0].length ?? 0));
        cursor = scanner.lastIndex = end + (note?.[0].length ?? 0);
        continue;
      }
      this.gap(cursor, m.index);
      this.previousEnd = cursor;
      this.token(m);
      cursor = m.index + m[0].length;
    }
    this.gap(cursor, this.text.length);
    this.headlines.flush();
    this.endUnknownSection();
    if (this.items.records.length === 0) {
      this.issue("error", "no-figures", {}, 0, 60);
    } else {
      checkCompleteness(this.items.records, this.period, this.sections, (...a) => this.issue(...a));
    }
    return this.result();
  }

  private result(): Report {
    const period = this.period;
    const records = this.items.records.map((r) => ({ ...r, period: period ?? "unknown" }));
    return { period, records, statedTotals: this.headlines.totals, issues: this.issues.result() };
  }

  private issue<C extends IssueCode>(
    severity: Severity,
    code: C,
    params: IssueParamsOf<C>,
    start: number,
    end: number
  ): void {
    this.issues.add(severity, code, params, this.lines.at(start), () =>
      excerptAt(this.text, start, end)
    );
  }

  // ---------------------------------------------------------------- gaps between tokens

  private gap(start: number, end: number): void {
    if (end <= start) return;
    const piece = this.text.slice(start, end);
    if (this.inList) this.checkListGap(piece, start);
    if (this.headlines.open) {
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(piece); m !== null; m = SENTENCE_END.exec(piece)) {
        if (m[0] === "." && this.isAbbreviation(start + m.index)) continue;
        this.headlines.flush(start + m.index);
        break;
      }
    }
  }

  private isAbbreviation(dotOffset: number): boolean {
    const before = this.text.slice(Math.max(0, dotOffset - 6), dotOffset);
    const word = /[\p{L}№]+$/u.exec(before)?.[0]?.toLowerCase() ?? "";
    return ABBREVIATIONS.has(word);
  }

  /** Inside a list only items, separators and connecting words are expected: anything figure-like is a broken item. */
  private checkListGap(piece: string, offset: number): void {
    const parts = itemParts(piece);
    if (this.unknown) {
      // A section passed over whole, and said once: its items in other wordings are counted too.
      this.unknown.items += parts.filter(
        (p) => !isProse(p) && /\d/.test(p) && /%|процент/u.test(p)
      ).length;
      return;
    }
    let at = offset;
    for (const part of parts) {
      // A paragraph of prose ends the list (a report pasted after another starts with one): items
      // are a name and figures, never a dozen words.
      if (isProse(part)) {
        this.inList = false;
        return;
      }
      // A list marker on its own ("12)", "3.") numbers the next item; it is no broken one.
      if (/[\d(%)]/.test(part) && !/^\s*\d{1,3}[.)]\s*$/.test(part)) {
        const lead = part.length - part.trimStart().length;
        const item = part.trim().replace(/[.;,\s]+$/, "");
        if (!this.looseItem(item, at + lead))
          this.issue("error", "malformed-item", { item }, at + lead, at + part.length);
      }
      at += part.length + 1;
    }
  }

  /**
   * An item the pattern did not match, read loosely where its figures can still be told apart
   * (looseItem.ts): kept, with a warning that says how it was read. False when it can't be.
   */
  private looseItem(item: string, start: number): boolean {
    const loose = readLooseItem(item);
    if (!loose) return false;
    // An item not kept has said why (an unknown territory, a duplicate): that reason stands.
    if (this.addItem(loose, start, start + item.length, item))
      this.issue(
        "warning",
        "loose-item",
        { item, covered: loose.covered.trim(), total: loose.total.trim(), pct: loose.pct },
        start,
        start + item.length
      );
    return true;
  }

  // ---------------------------------------------------------------- tokens

  private token(m: RegExpExecArray): void {
    const g = m.groups ?? {};
    if (g.period !== undefined) return this.onPeriod(g.quarter, g.year, m.index);
    for (const [group, orgType] of HEADING_GROUPS)
      if (g[group] !== undefined) return this.onHeading(orgType, m.index);
    for (const [group, measure] of MEASURE_GROUPS)
      if (g[group] !== undefined) return this.onMeasure(measure, m.index);
    if (g.pctShare !== undefined) {
      const at = m.index + m[0].indexOf(g.pctCount, g.pctShare.length);
      return this.onHeadline(m, this.count(g.pctCount, at, "warning"), parsePercent(g.pctShare));
    }
    if (g.outOfCount !== undefined) {
      const baseAt = m.index + m[0].indexOf(g.outOfBase, g.outOfCount.length);
      return this.onHeadline(m, this.count(g.outOfCount, m.index, "warning"), null, {
        value: this.count(g.outOfBase, baseAt, "warning"),
        offset: baseAt,
      });
    }
    if (g.ofAllCount !== undefined)
      return this.onHeadline(m, this.count(g.ofAllCount, m.index, "warning"), null, {
        value: null,
        offset: m.index,
      });
    if (g.count !== undefined)
      return this.onHeadline(m, this.count(g.count, m.index, "warning"), null);
    if (g.breakdown !== undefined)
      return this.headlines.breakdown(g.breakdown, m.index + 1, m.index + m[0].length, (t, at) =>
        this.count(t, at, "warning")
      );
    if (g.ofTotal !== undefined)
      return this.headlines.shareOfTotal(parsePercent(g.ofTotal), m.index);
    const said = g.ofTotalSaid ?? g.ofTotalDash;
    if (said !== undefined) return this.headlines.shareOfTotal(parsePercent(said), m.index);
    if (g.name !== undefined) return this.onItem(m);
  }

  private onPeriod(quarter: string, year: string, offset: number): void {
    const period = `${year}-Q${QUARTERS[quarter]}`;
    const before = this.text.slice(Math.max(0, offset - 60), offset);
    // "по сравнению с данными за 4 квартал 2022 года", "для сравнения, по состоянию на …": another
    // quarter mentioned, never the report's own.
    if (/(?:сравнени\p{L}*|против|с\s+данными)[^.;\n]*$/iu.test(before)) return;
    // "По состоянию на 1 квартал 2023 года" dates the report: it wins over a quarter merely
    // mentioned before it, as long as no figure has been read yet.
    const dating = /состоянию\s*$/iu.test(before);
    const nothingRead = this.items.records.length === 0 && this.headlines.totals.length === 0;
    if (
      this.period === null ||
      (dating && !this.periodDated && nothingRead && this.period !== period)
    ) {
      if (this.period !== null)
        this.issue(
          "warning",
          "second-period",
          { period: this.period, used: period, line: this.lines.at(offset).line },
          this.periodOffset,
          this.periodOffset + 30
        );
      this.period = period;
      this.periodOffset = offset;
      this.periodDated = dating;
    } else if (this.period !== period) {
      const first = this.lines.at(this.periodOffset);
      this.issue(
        "warning",
        "second-period",
        { period, used: this.period, line: first.line },
        offset,
        offset + 30
      );
    }
  }

  private onHeading(orgType: OrgType, offset: number): void {
    this.headlines.flush();
    this.headlines.listStarted();
    this.section.orgType = orgType;
    this.inList = true;
    if (this.unknown) return;
    if (this.section.measure === null) {
      this.issue("error", "section-without-measure", {}, offset, offset + 40);
      return;
    }
    const key = `${this.section.measure}|${orgType}`;
    if (this.sections.has(key)) {
      const first = this.lines.at(this.sections.get(key)!);
      this.issue(
        "warning",
        "repeated-section",
        { measure: this.section.measure, orgType, line: first.line },
        offset,
        offset + 40
      );
    } else this.sections.set(key, offset);
  }

  private onMeasure(measure: Measure, offset: number): void {
    this.endUnknownSection();
    this.headlines.measureNamed(measure, offset);
    if (this.section.measure !== measure) this.section.orgType = null;
    this.section.measure = measure;
    this.inList = false;
  }

  /** A count, or null when it is no count; what is said of it is said here (countReading.ts). */
  private count(text: string, offset: number, severity: Severity): number | null {
    return sayCount(text, offset, severity, (...a) => this.issue(...a));
  }

  private onHeadline(
    m: RegExpExecArray,
    all: number | null,
    percent: number | null,
    base?: { value: number | null; offset: number }
  ): void {
    this.inList = false;
    this.section.orgType = null;
    this.headlines.start(m, all, percent, this.section.measure, base, this.previousEnd);
  }

  /** A covered headline about no measure the parser knows: its section is passed over from here. */
  private onUnknownMeasure(section: string, start: number, end: number): void {
    this.endUnknownSection();
    this.unknown = { section, start, end, items: 0 };
    this.section.measure = null;
    this.section.orgType = null;
    this.inList = false;
  }

  /** The section passed over ends (a known measure is named, or the text ends): said once. */
  private endUnknownSection(): void {
    const u = this.unknown;
    if (!u) return;
    this.unknown = null;
    this.inList = false;
    this.issue(
      "warning",
      "unknown-measure",
      { section: u.section, items: u.items },
      u.start,
      u.end
    );
  }

  // ---------------------------------------------------------------- territory items

  /** An item's figures, into the records (itemReader.ts); a list is being read from here on. */
  private addItem(f: ItemFields, start: number, end: number, itemText: string): boolean {
    if (this.unknown) {
      this.unknown.items++;
      return true;
    }
    if (this.section.measure !== null) this.inList = true;
    const { measure, orgType } = this.section;
    if (measure !== null && orgType !== null && isListTotal(f.name)) {
      // "Итого (1 366 из 2 657) – 51%": the list's own totals, stated figures like a headline's.
      const covered = this.count(f.covered, start + f.coveredAt, "error");
      const base =
        f.total !== undefined ? this.count(f.total, start + (f.totalAt ?? 0), "error") : covered;
      if (covered === null || base === null) return false;
      this.headlines.listTotal(
        measure,
        orgType,
        { value: covered, offset: start + f.coveredAt },
        { value: base, offset: start + (f.totalAt ?? f.coveredAt) },
        { value: parsePercent(f.pct), offset: start }
      );
      return true;
    }
    return this.items.add(f, start, end, itemText, this.section);
  }

  private onItem(m: RegExpExecArray): void {
    this.headlines.flush();
    const g = m.groups!;
    const start = m.index;
    const itemText = m[0];
    const coveredAt = itemText.indexOf(g.covered, (g.prefix?.length ?? 0) + g.name.length);
    this.addItem(
      {
        name: g.name,
        nameAt: g.prefix?.length ?? 0,
        covered: g.covered,
        coveredAt,
        total: g.total,
        totalAt:
          g.total !== undefined
            ? itemText.indexOf(g.total, coveredAt + g.covered.length)
            : undefined,
        unit: g.unit ?? g.unitBefore,
        unitGlued: new RegExp(String.raw`\d${g.unit ?? g.unitBefore ?? "-"}(?!\p{L})`, "u").test(
          itemText
        ),
        unitNumber: g.unit !== undefined ? (g.total ?? g.covered) : g.covered,
        pct: g.pct,
        note: g.note,
      },
      start,
      start + itemText.length,
      itemText
    );
  }
}

/** Parse without the safety net (for tests that must see any exception). */
export function parseReportStrict(text: string): Report {
  return new ReportReader(text).read();
}

/**
 * Turn the ministry report's text into records, stated totals and issues. Never throws: anything
 * it cannot read becomes an issue with a line and column, and the readable rest is still returned.
 */
export function parseReport(text: unknown): Report {
  const source = typeof text === "string" ? text : text == null ? "" : String(text);
  try {
    return parseReportStrict(source);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return {
      period: null,
      records: [],
      statedTotals: [],
      issues: [
        {
          severity: "error",
          code: "parser-failure",
          message: englishIssueText("parser-failure", { error }),
          params: { error },
          excerpt: "",
          line: 1,
          column: 1,
        },
      ],
    };
  }
}
