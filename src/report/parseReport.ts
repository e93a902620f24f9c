import type { Measure } from "../domain/measures";
import type { OrgType } from "../domain/orgTypes";
import type { Report, ReportLanguage, Severity } from "../domain/report";
import {
  ABBREVIATIONS,
  COVERED_VERBS,
  hasHeadlineFigure,
  measureNamedIn,
  PART_LEAD,
  parsePercent,
  SENTENCE_END,
  tokenPattern,
} from "./lexicon";
import { cleanReportText } from "./cleanText";
import { sayCount } from "./countReading";
import { tokenLanguage } from "./kazakhText";
import { closingBracket, endsWithPartLead, hasItemShape, partWithin, startsPart } from "./asides";
import { type Footnotes, takeFootnotes } from "./footnotes";
import { footnoteSummary } from "./footnoteSummary";
import { mergeVersions } from "./versions";
import { checkCompleteness } from "./completeness";
import { type ItemFields, ItemReader, type Section } from "./itemReader";
import { readLooseItem } from "./looseItem";
import { readChangeNote } from "./items";
import { isListTotal, isProse, itemParts, unfinishedItem } from "./listText";
import { HeadlineReader } from "./headlines";
import { PeriodReader } from "./periodReader";
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

/**
 * The notes after an item written in another order, once its share in brackets ended it: a change
 * "(рост на +1)", a breakdown "(в том числе г. Темиртау (5) – 100%)", or both.
 */
const ITEM_NOTES = new RegExp(
  String.raw`^(?:\s*\(\s*${PART_LEAD}(?:[^()]|\([^()]*\)){0,400}\))?(?:\s*\([^()%]{0,400}\))?`,
  "u"
);

/** Reads one report; a new instance per parse (it holds the scan state). */
class ReportReader {
  private readonly lines: LineIndex;
  private readonly issues = new IssueCollector();
  private readonly periods: PeriodReader;
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
  /** The report's footnotes: their texts and marks, taken out of the text read (footnotes.ts). */
  private readonly footnotes: Footnotes;
  /** The language of the version being read: its headings, headlines and periods say it. */
  private lang: ReportLanguage = "ru";
  /**
   * A measure named inside a list in a sentence with other figures ("установлено 312 турникетов
   * (…)"): an aside, unless a headline's figure follows before the next item or heading.
   */
  private pendingMeasure: { measure: Measure; offset: number } | null = null;

  constructor(raw: string) {
    // Read as the report was written, whatever it went through (a PDF, a web page): cleanText.ts.
    const clean = cleanReportText(raw);
    // Footnotes' marks and texts are taken out, line for line (footnotes.ts).
    this.footnotes = takeFootnotes(clean.text);
    this.text = this.footnotes.text;
    this.lines = new LineIndex(this.text, clean.origin);
    this.headlines = new HeadlineReader(
      this.text,
      this.lines,
      (...a) => this.issue(...a),
      (section, start, end) => this.onUnknownMeasure(section, start, end)
    );
    this.periods = new PeriodReader(this.text, this.lines, (...a) => this.issue(...a));
    this.items = new ItemReader(
      this.lines,
      (...a) => this.issue(...a),
      (text, offset) => this.count(text, offset, "error"),
      (start, end) => this.footnotesIn(start, end)
    );
  }

  /** The footnotes whose marks stand in an item (a mark right after its share too). */
  private footnotesIn(start: number, end: number): Array<{ mark: string; text: string }> {
    const out: Array<{ mark: string; text: string }> = [];
    for (const ref of this.footnotes.references) {
      if (ref.at < start || ref.at > end + 1) continue;
      // Its text is the first footnote with its mark after it (a list's, or the report's end);
      // a report in two languages has each version's own.
      const same = this.footnotes.definitions.filter((d) => d.key === ref.key);
      const d = same.find((x) => x.start > ref.at) ?? same[same.length - 1];
      if (d && !out.some((f) => f.mark === d.mark && f.text === d.text))
        out.push({ mark: d.mark, text: d.text });
    }
    return out;
  }

  read(): Report {
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
      // A measure or a count inside a list that is an aside's, not a new section's: left in the
      // text between items, where it is read as the aside it is (checkListGap).
      if (this.isAside(m, cursor)) continue;
      // A change in brackets inside a list is an item's note (or said as text between items): it
      // stays in the text between items, as if it were no token.
      if (this.inList && m.groups?.headlineChange !== undefined) continue;
      // In a list, a share in brackets after figures ends an item written in another order
      // ("Акмолинская – 114 из 122 (93%)"): the item is read whole, never its share as a headline's;
      // a change note in brackets right after it is the item's own.
      if (
        this.inList &&
        m.groups?.ofTotal !== undefined &&
        unfinishedItem(this.text.slice(cursor, m.index))
      ) {
        const end = m.index + m[0].length;
        // A breakdown in brackets may come first ("(в том числе г. Темиртау (5) – 100%)").
        const note = ITEM_NOTES.exec(this.text.slice(end, end + 820));
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
    const merged = mergeVersions(this.items.read, (...a) => this.issue(...a));
    const footnotes = footnoteSummary(this.footnotes, merged.records, this.lines, (...a) =>
      this.issue(...a)
    );
    if (merged.records.length === 0) {
      this.issue("error", "no-figures", {}, 0, 60);
    } else {
      const sections = new Map<string, number>();
      for (const [key, at] of this.sections) sections.set(key.slice(3), at);
      checkCompleteness(merged.records, this.periods.period, sections, (...a) => this.issue(...a));
    }
    return {
      ...this.result(merged.records),
      ...(footnotes.length ? { footnotes } : {}),
      ...(merged.records.length ? { languages: merged.languages } : {}),
    };
  }

  private result(read: Report["records"] = []): Report {
    const period = this.periods.period;
    const records = read.map((r) => ({ ...r, period: period ?? "unknown" }));
    return { period, records, statedTotals: this.headlines.totals, issues: this.issues.result() };
  }

  // ---------------------------------------------------------------- asides in lists

  /**
   * Whether a token inside a list belongs to an aside rather than opening a new section: a measure
   * named in a sentence with other figures but no headline's ("Всего установлено 312 турникетов
   * (г. Шымкент – 120, г. Алматы – 98)"), kept pending in case a headline follows it; a count after
   * "из них" / "в том числе"; a count of organisations whose sentence names no measure and no
   * covered verb ("из них 14 объектов – в сельской местности"); a share with no headline to go to.
   */
  private isAside(m: RegExpExecArray, cursor: number): boolean {
    if (!this.inList || this.unknown) return false;
    const g = m.groups ?? {};
    // "…, в том числе г. Темиртау (5) – 100%": a part of the item before, read with it.
    if (g.name !== undefined) return endsWithPartLead(this.text.slice(cursor, m.index));
    const measure = MEASURE_GROUPS.find(([group]) => g[group] !== undefined)?.[1];
    const sentence = this.sentenceAround(m.index, m.index + m[0].length);
    if (measure !== undefined) {
      if (!/\d/.test(sentence) || hasHeadlineFigure(sentence)) return false;
      this.pendingMeasure = { measure, offset: m.index };
      return true;
    }
    const before = this.text.slice(cursor, m.index);
    const headline =
      g.pctShare ?? g.outOfCount ?? g.kkOutOfBase ?? g.ofAllCount ?? g.count ?? undefined;
    if (headline !== undefined) {
      // "Қонаев қ. – 3 ұйымның 2-сі (67%)": an item's counts in another order, not a headline.
      const piece = this.pieceAround(m.index);
      if (/\p{L}/u.test(piece.before) && hasItemShape(piece.text, false)) return true;
      if (endsWithPartLead(before)) return true;
      if (g.count === undefined && g.ofAllCount === undefined) return false;
      if (measureNamedIn(sentence) !== null || COVERED_VERBS.test(sentence)) return false;
      // After a measure named in the sentence before, a base with its parts by type opens its
      // section ("… функционируют 2 621 организаций образования (1010 детсадов, …)").
      return !(this.pendingMeasure && /^\s*\(/u.test(this.text.slice(m.index + m[0].length)));
    }
    const share = g.ofTotal ?? g.ofTotalSaid ?? g.ofTotalDash ?? g.ofTotalKk ?? g.breakdown;
    return share !== undefined && !this.headlines.open;
  }

  /** The piece of a list around an offset (from the ";" or line before to the one after), and its text before it. */
  private pieceAround(at: number): { text: string; before: string } {
    const from = Math.max(0, ...["\n", ";"].map((c) => this.text.lastIndexOf(c, at) + 1));
    const to = [";", "\n"]
      .map((c) => this.text.indexOf(c, at))
      .reduce((a, b) => (b >= 0 && b < a ? b : a), this.text.length);
    return { text: this.text.slice(from, to), before: this.text.slice(from, at) };
  }

  /**
   * The sentence around a span: from the line, ";" or sentence end before it to the one after it
   * (a ";" inside brackets parts a breakdown's pieces, not sentences).
   */
  private sentenceAround(start: number, end: number): string {
    // A line break ends it where the line ends one (a PDF breaks lines inside sentences).
    const stops = (at: number, depth: number) =>
      (this.text[at] === "\n" &&
        /(?:^|[.;:!?])\s*$/u.test(this.text.slice(Math.max(0, at - 40), at))) ||
      (this.text[at] === ";" && depth === 0) ||
      this.endsSentence(at);
    let from = start;
    for (let depth = 0; from > 0 && !stops(from - 1, depth); from--)
      depth += this.text[from - 1] === ")" ? 1 : this.text[from - 1] === "(" ? -1 : 0;
    let to = end;
    for (let depth = 0; to < this.text.length && !stops(to, depth); to++)
      depth += this.text[to] === "(" ? 1 : this.text[to] === ")" ? -1 : 0;
    return this.text.slice(from, to);
  }

  /** A "." that ends a sentence: before a space or the end, after no abbreviation ("тыс.", "г."). */
  private endsSentence(at: number): boolean {
    return (
      this.text[at] === "." &&
      /^(?:\s|$)/.test(this.text.slice(at + 1, at + 2)) &&
      !this.isAbbreviation(at)
    );
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
        this.listPiece(item, at + lead, at + part.length);
      }
      at += part.length + 1;
    }
  }

  /**
   * A piece of a list the item pattern did not read: a breakdown of the item before it ("в том
   * числе …"), an item in a looser wording, a broken item (an error: it has an item's shape), or an
   * aside with figures of something else (said, not read, never an error).
   */
  private listPiece(item: string, start: number, end: number): void {
    const within = partWithin(item);
    if (startsPart(item)) {
      if (this.items.addPart(item, start, end)) return;
    } else if (within > 0) {
      // "Абай: 21 из 49, 43%, в том числе частные (3 из 4) – 75%", "Абай – 43% (21 из 49) (в том
      // числе …) (рост на +1)": the item (with what follows a bracketed part), then its part.
      const partEnd = item[within] === "(" ? closingBracket(item, within) + 1 : item.length;
      const head = `${item.slice(0, within)} ${item.slice(partEnd)}`.trim();
      if (partEnd > within && this.looseItem(head, start)) {
        this.items.addPart(item.slice(within, partEnd), start + within, start + partEnd);
        return;
      }
    }
    if (!startsPart(item) && this.looseItem(item, start)) return;
    if (hasItemShape(item) && !startsPart(item)) {
      this.issue("error", "malformed-item", { item }, start, end);
      return;
    }
    // Its text as a sentence: one line, without the list's dash that follows it.
    const text = item.replace(/\s+/gu, " ").replace(/[\s.;,–—‒−-]+$/u, "");
    this.issue("warning", "aside-not-read", { text }, start, end);
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
    if (g.name === undefined) this.lang = tokenLanguage(m[0]) ?? this.lang;
    else if (g.kkTotal !== undefined) this.lang = "kk";
    else if (g.total !== undefined && /(?<!\p{L})(?:из|от)(?!\p{L})/u.test(m[0])) this.lang = "ru";
    if (g.period !== undefined)
      return this.periods.read(g.quarter, g.year, m.index, this.nothingRead());
    if (g.kkPeriod !== undefined || g.kkPeriodB !== undefined)
      return this.periods.read(
        g.kkQuarter ?? g.kkQuarterB,
        g.kkYear ?? g.kkYearB,
        m.index,
        this.nothingRead(),
        {
          dating: (g.kkDating ?? g.kkDatingB) !== undefined,
          compared: /^\s*салыстыр/u.test(
            this.text.slice(m.index + m[0].length, m.index + m[0].length + 20)
          ),
        }
      );
    for (const [group, orgType] of HEADING_GROUPS)
      if (g[group] !== undefined) return this.onHeading(orgType, m.index);
    for (const [group, measure] of MEASURE_GROUPS)
      if (g[group] !== undefined) return this.onMeasure(measure, m.index);
    // A measure named inside a list before this headline's figure was the new section's.
    const pending = this.pendingMeasure;
    if (pending && g.name === undefined) {
      this.pendingMeasure = null;
      this.onMeasure(pending.measure, pending.offset);
    }
    if (g.name !== undefined) return this.onItem(m);
    this.onHeadlinePart(m, g);
  }

  /** A headline's figure, its breakdown by type, its share or its change. */
  private onHeadlinePart(m: RegExpExecArray, g: NonNullable<RegExpExecArray["groups"]>): void {
    if (g.kkOutOfCount !== undefined) {
      const baseAt = m.index;
      const countAt = m.index + m[0].indexOf(g.kkOutOfCount, g.kkOutOfBase.length);
      return this.onHeadline(m, this.count(g.kkOutOfCount, countAt, "warning"), null, {
        value: this.count(g.kkOutOfBase, baseAt, "warning"),
        offset: baseAt,
      });
    }
    if (g.pctShare !== undefined) {
      const at = m.index + m[0].indexOf(g.pctCount, g.pctShare.length);
      // "93% или 2 426 из 2 617 объектов": the base of the measure's lists, stated beside.
      const baseAt =
        g.pctBase === undefined
          ? -1
          : m.index + m[0].indexOf(g.pctBase, at - m.index + g.pctCount.length);
      const base =
        g.pctBase === undefined
          ? undefined
          : { value: this.count(g.pctBase, baseAt, "warning"), offset: baseAt };
      this.onHeadline(m, this.count(g.pctCount, at, "warning"), parsePercent(g.pctShare), base);
      if (g.pctChange !== undefined)
        this.onHeadlineChange(g.pctChange, m.index + m[0].indexOf(g.pctChange, at - m.index));
      return;
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
    if (g.headlineChange !== undefined)
      return this.onHeadlineChange(g.headlineChange, m.index + m[0].indexOf(g.headlineChange));
    if (g.ofTotal !== undefined) {
      this.headlines.shareOfTotal(parsePercent(g.ofTotal), m.index);
      if (g.ofTotalChange !== undefined)
        this.onHeadlineChange(g.ofTotalChange, m.index + m[0].lastIndexOf(g.ofTotalChange));
      return;
    }
    const said = g.ofTotalSaid ?? g.ofTotalDash ?? g.ofTotalKk;
    if (said !== undefined) this.headlines.shareOfTotal(parsePercent(said), m.index);
  }

  /** "рост на +40" after a headline's count or in its share's brackets: the headline's change. */
  private onHeadlineChange(note: string, offset: number): void {
    const change = readChangeNote(note, (code, params) =>
      this.issue("warning", code, params, offset, offset + note.length)
    );
    if (change !== null) this.headlines.changeOfCovered(change, offset);
  }

  /** Whether no figure has been read yet: a dating phrase may still set the period. */
  private nothingRead(): boolean {
    return this.items.records.length === 0 && this.headlines.totals.length === 0;
  }

  private onHeading(orgType: OrgType, offset: number): void {
    this.headlines.flush();
    this.headlines.listStarted();
    this.section.orgType = orgType;
    this.inList = true;
    this.pendingMeasure = null;
    this.items.last = null;
    if (this.unknown) return;
    if (this.section.measure === null) {
      this.issue("error", "section-without-measure", {}, offset, offset + 40);
      return;
    }
    // Each version has its lists: the Kazakh one's are no repeat of the Russian one's.
    const key = `${this.lang}|${this.section.measure}|${orgType}`;
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
    this.items.last = null;
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
    return this.items.add(f, start, end, itemText, this.section, this.lang);
  }

  private onItem(m: RegExpExecArray): void {
    this.headlines.flush();
    this.pendingMeasure = null;
    const g = m.groups!;
    const start = m.index;
    const itemText = m[0];
    const nameEnd = (g.prefix?.length ?? 0) + g.name.length;
    this.addItem(
      {
        ...this.itemCounts(g, itemText, nameEnd),
        name: g.name,
        nameAt: g.prefix?.length ?? 0,
        suffix: g.suffix,
        pct: g.pct,
        note: g.note,
        note2: g.note2,
        part: g.innerPart,
      },
      start,
      start + itemText.length,
      itemText
    );
  }

  /** An item's counts as written: "(114 из 122)", "(96 школ)", or in Kazakh "(122-ден 114)". */
  private itemCounts(
    g: Record<string, string>,
    itemText: string,
    nameEnd: number
  ): Pick<
    ItemFields,
    "covered" | "coveredAt" | "total" | "totalAt" | "unit" | "unitGlued" | "unitNumber"
  > {
    if (g.kkTotal !== undefined) {
      // The whole first: "122-ден 114", "122 ұйымның 114-і" (its noun is the unit).
      const totalAt = itemText.indexOf(g.kkTotal, nameEnd);
      const coveredAt = itemText.indexOf(g.kkCovered, totalAt + g.kkTotal.length);
      return {
        covered: g.kkCovered,
        coveredAt,
        total: g.kkTotal,
        totalAt,
        unit: g.unit ?? g.kkUnitOf,
      };
    }
    const coveredAt = itemText.indexOf(g.covered, nameEnd);
    const unit = g.unit ?? g.unitBefore;
    return {
      covered: g.covered,
      coveredAt,
      total: g.total,
      totalAt:
        g.total !== undefined ? itemText.indexOf(g.total, coveredAt + g.covered.length) : undefined,
      unit,
      unitGlued: new RegExp(String.raw`\d${unit ?? "-"}(?!\p{L})`, "u").test(itemText),
      unitNumber: g.unit !== undefined ? (g.total ?? g.covered) : g.covered,
    };
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
