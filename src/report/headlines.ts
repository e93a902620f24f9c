import { type Level, type Measure, measureInfo } from "../domain/measures";
import type { OrgType, OrgTypeOrAll } from "../domain/orgTypes";
import type { Severity, StatedTotal } from "../domain/report";
import {
  BREAKDOWN_SEPARATOR,
  breakdownPart,
  COUNT_IN_TEXT,
  COVERED_VERBS,
  orgTypeNamedIn,
  readCount,
} from "./lexicon";
import type { IssueCode, IssueParamsOf } from "./issueMessages";
import type { LineIndex } from "./positions";

/** Raises an issue at a span of the text: its code and the params its message is rendered from. */
export type IssueSink = <C extends IssueCode>(
  severity: Severity,
  code: C,
  params: IssueParamsOf<C>,
  start: number,
  end: number
) => void;

/** A headline sentence being read: "73% или 1 911 объектов … (564 детсада, 1 191 школа, 156 колледжей)". */
interface PendingHeadline {
  start: number;
  /** Where the token before the count ends: "оснащены" between it and the count makes it covered. */
  previousEnd: number;
  /** Where the count ends: the classifying verbs are looked for after it, to the sentence's end. */
  countEnd: number;
  /** Where the count or its breakdown ends. */
  end: number;
  /** "N из M объектов": the base M the sentence states beside its covered count. */
  base: { value: number | null; offset: number } | null;
  /** null when its number could not be read (reported): the sentence's other figures still count. */
  all: number | null;
  allOffset: number;
  percent: number | null;
  percentOffset: number;
  /** "(рост на +40)": the covered count's change since the period compared with, as stated. */
  change: { value: number; offset: number } | null;
  covered: boolean | null;
  measureAtStart: Measure | null;
  measureInSentence: Measure | null;
  /** By type: the covered (or base) count, and the part's own base when it states one ("901 из 1 010 детсадов"). */
  parts: Array<{
    orgType: OrgType;
    value: number;
    offset: number;
    base?: { value: number; offset: number };
  }>;
}

/**
 * Reads the report's headline figures: how many organisations there are (per level), how many have
 * a measure, and the share. A sentence is read token by token and decided when it ends: whether
 * its count is a base or a covered count, and which measure it speaks of (the first one it names).
 */
export class HeadlineReader {
  readonly totals: StatedTotal[] = [];
  private pending: PendingHeadline | null = null;
  private lastCovered: PendingHeadline | null = null;
  /** Measure words read so far, and how many there were when the last covered headline was decided. */
  private measureWords = 0;
  private measureWordsAtCovered = -1;
  /** Whether a list has started since the last covered headline: its section has been written. */
  private listSinceCovered = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly issue: IssueSink,
    /** A covered headline about a measure the parser does not know: its words, and where it is. */
    private readonly unknownMeasure: (section: string, start: number, end: number) => void
  ) {}

  /** A list's heading: the section of the last covered headline has its lists now. */
  listStarted(): void {
    this.listSinceCovered = true;
  }

  /** A headline sentence is being read (its end decides it). */
  get open(): boolean {
    return this.pending !== null;
  }

  /** "N организаций" or "P% или N объектов": a new headline figure. */
  start(
    m: RegExpExecArray,
    all: number | null,
    percent: number | null,
    measure: Measure | null,
    base?: { value: number | null; offset: number },
    /** Where the token before this figure ends: a verb before the figure is looked for after it. */
    previousEnd = 0
  ): void {
    // The sentence before ends, at the latest, where this figure starts.
    this.flush(m.index);
    const share = m.groups?.pctShare;
    this.pending = {
      start: m.index,
      previousEnd,
      countEnd: m.index + m[0].length,
      end: m.index + m[0].length,
      base: base ?? null,
      all,
      allOffset:
        share !== undefined ? m.index + m[0].indexOf(m.groups!.pctCount, share.length) : m.index,
      percent,
      percentOffset: m.index,
      change: null,
      // "P% или N" and "N из M" are covered counts; a bare "N организаций" is decided by its verbs.
      covered: percent !== null || base !== undefined ? true : null,
      measureAtStart: measure,
      measureInSentence: null,
      parts: [],
    };
  }

  /** A measure named in the sentence after its count ("… установили тревожные кнопки") is its measure. */
  measureNamed(measure: Measure, offset: number): void {
    this.measureWords++;
    if (this.pending && this.pending.measureInSentence === null && offset > this.pending.start) {
      this.pending.measureInSentence = measure;
    }
  }

  /**
   * "(2657 детсадов, 6 936 школ и 393 колледжа)", "(детсадов – 2657, школ – 6 936 …)": the parts
   * by type, read piece by piece. `count` reads each part's number (and reports a number it can't
   * read); a piece that names no type, or a type twice, is said: a bad part never takes the others
   * with it, and none is dropped silently.
   */
  breakdown(
    inner: string,
    innerOffset: number,
    end: number,
    count: (text: string, offset: number) => number | null
  ): void {
    const p = this.pending;
    if (!p || p.parts.length > 0) {
      this.issue("warning", "stray-breakdown", {}, innerOffset - 1, end);
      return;
    }
    for (const piece of pieces(inner, BREAKDOWN_SEPARATOR)) {
      let { text, start } = piece;
      // "2 426 объектов: 901 детсад": the count restated before a colon, then the first part.
      const colon = /^(.*?\d.*?(?:объект|организаци)\p{L}*)\s*:\s*/iu.exec(text);
      if (colon) {
        const restated = [...colon[1].matchAll(COUNT_IN_TEXT)].map((x) => readCount(x[0]));
        if (!(restated.length === 1 && restated[0].ok && restated[0].value === p.all))
          this.unread(colon[1], innerOffset + start);
        start += colon[0].length;
        text = text.slice(colon[0].length);
      }
      const offset = innerOffset + start;
      if (!/\d/.test(text)) continue; // words only: "из них", "а также"
      const part = breakdownPart(text);
      const type = part ? orgTypeNamedIn(part.words) : null;
      if (!part || type === null || p.parts.some((x) => x.orgType === type)) {
        this.unread(text, offset);
        continue;
      }
      const at = offset + part.at;
      // A letter glued to the number is a digit mistyped ("39З колледжа"): no count, and said.
      const value = count(part.n + part.glued, at);
      // "901 из 1 010 детсадов", "1 010-нан 901 балабақша": the part's own base beside it.
      const ofAt = part.of ? offset + part.of.at : 0;
      const of = part.of ? count(part.of.n, ofAt) : null;
      if (value !== null)
        p.parts.push({
          orgType: type,
          value,
          offset: at,
          ...(of !== null ? { base: { value: of, offset: ofAt } } : {}),
        });
    }
    p.end = end;
  }

  /** A piece of a breakdown that is no part by type: said, and not used. */
  private unread(part: string, offset: number): void {
    this.issue("warning", "breakdown-part-unread", { part }, offset, offset + part.length);
  }

  /** "(60% от общего количества)": the share of the sentence's (or the last) covered count. */
  shareOfTotal(percent: number, offset: number): void {
    const target = this.pending ?? this.lastCovered;
    if (!target) {
      this.issue("warning", "stray-percent", {}, offset, offset + 30);
      return;
    }
    target.percent = percent;
    target.percentOffset = offset;
    target.covered = true;
    if (target !== this.pending) this.emitPercent(target);
  }

  /**
   * "(рост на +40)": the change of the sentence's covered count, over all types. Only within its
   * headline's sentence: a change in a later one is no headline's, and is said.
   */
  changeOfCovered(value: number, offset: number): void {
    if (!this.pending || this.pending.covered === false) {
      this.issue("warning", "stray-change", {}, offset, offset + 20);
      return;
    }
    this.pending.change = { value, offset };
  }

  /** Ends the headline sentence: decides base or covered, its measure and level, and records the figures. */
  flush(sentenceEnd?: number): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.covered === null) {
      // The verb may stand before the breakdown or after it: "2 426 объектов установили … (901 …)",
      // or before the count: "Тревожными кнопками оснащены 2 426 объектов (…)".
      const after = this.text.slice(
        p.countEnd,
        sentenceEnd ?? Math.min(this.text.length, p.end + 200)
      );
      const before = this.text.slice(
        Math.max(p.previousEnd, sentenceStartBefore(this.text, p.start)),
        p.start
      );
      p.covered = COVERED_VERBS.test(after) || COVERED_VERBS.test(before);
    }
    // A covered count whose sentence names no measure, where none is pending (before any, or the
    // one in force has had its covered headline and its lists, and no measure was named since): a
    // section on a measure the parser does not know ("… оснащены системами оповещения"). Never a
    // neighbour's. (A second covered sentence before the lists stays the measure's own.)
    const spent = this.measureWordsAtCovered === this.measureWords && this.listSinceCovered;
    if (p.covered && p.measureInSentence === null && (p.measureAtStart === null || spent)) {
      this.lastCovered = null;
      this.unknownMeasure(measureWords(this.text, p, sentenceEnd), p.start, p.end);
      return;
    }
    const measure = p.measureInSentence ?? p.measureAtStart;
    if (measure === null) {
      this.issue("warning", "headline-without-measure", {}, p.start, p.end);
      return;
    }
    const level = measureInfo(measure).level;
    const quantity = p.covered ? "covered" : "total";
    const stated = (orgType: OrgTypeOrAll, value: number, offset: number) =>
      this.record(
        { quantity, level, measure: quantity === "total" ? null : measure, orgType, value },
        offset
      );
    if (p.all !== null) stated("all", p.all, p.allOffset);
    // "1 911 из 2 621 объектов" states the base of the measure's lists again.
    const base = (orgType: OrgTypeOrAll, value: number, offset: number) =>
      this.recordBase(level, p.covered ? measure : null, orgType, value, offset);
    if (p.base?.value != null) base("all", p.base.value, p.base.offset);
    for (const part of p.parts) {
      stated(part.orgType, part.value, part.offset);
      if (part.base) base(part.orgType, part.base.value, part.base.offset);
    }
    if (p.covered) {
      this.measureWordsAtCovered = this.measureWords;
      this.listSinceCovered = false;
      this.lastCovered = { ...p, measureAtStart: measure, measureInSentence: measure };
      if (p.percent !== null) this.emitPercent(this.lastCovered);
      if (p.change !== null)
        this.record(
          { quantity: "change", level, measure, orgType: "all", value: p.change.value },
          p.change.offset
        );
    } else if (p.change !== null) this.issue("warning", "stray-change", {}, p.change.offset, p.end);
  }

  private emitPercent(p: PendingHeadline): void {
    const measure = p.measureInSentence ?? p.measureAtStart;
    if (measure === null || p.percent === null) return;
    this.record(
      {
        quantity: "percent",
        level: measureInfo(measure).level,
        measure,
        orgType: "all",
        value: p.percent,
      },
      p.percentOffset
    );
  }

  /**
   * A list's own total line ("Итого (1 366 из 2 657) – 51%"): the figures the list states for its
   * measure and type, checked by the audit against its rows like a headline's.
   */
  listTotal(
    measure: Measure,
    orgType: OrgType,
    covered: { value: number; offset: number },
    base: { value: number; offset: number },
    percent: { value: number; offset: number }
  ): void {
    const level = measureInfo(measure).level;
    this.record(
      { quantity: "covered", level, measure, orgType, value: covered.value },
      covered.offset
    );
    this.recordBase(level, measure, orgType, base.value, base.offset);
    this.record(
      { quantity: "percent", level, measure, orgType, value: percent.value },
      percent.offset
    );
  }

  /**
   * A base stated beside a measure's figures ("2 426 из 2 617 объектов", a list's total line): the
   * level's base restated, or stated here first, is the level's; a different one is the measure's
   * own (its lists sum to another number of organisations), which the audit checks its lists by.
   */
  private recordBase(
    level: Level,
    measure: Measure | null,
    orgType: OrgTypeOrAll,
    value: number,
    offset: number
  ): void {
    const levelBase = this.totals.find(
      (t) =>
        t.quantity === "total" && t.level === level && t.measure === null && t.orgType === orgType
    );
    const own = measure !== null && levelBase !== undefined && levelBase.value !== value;
    this.record(
      { quantity: "total", level, measure: own ? measure : null, orgType, value },
      offset
    );
  }

  /**
   * Records a headline figure. The same figure stated again (a base restated, a report pasted twice)
   * is one fact; a different value for the same figure is said, and the first one stands.
   */
  private record(t: Omit<StatedTotal, "line" | "column">, offset: number): void {
    const first = this.totals.find(
      (x) =>
        x.quantity === t.quantity &&
        x.level === t.level &&
        x.measure === t.measure &&
        x.orgType === t.orgType
    );
    if (!first) {
      this.totals.push({ ...t, ...this.lines.at(offset) });
      return;
    }
    if (first.value !== t.value)
      this.issue(
        "warning",
        "repeated-headline",
        { value: t.value, first: first.value, line: first.line },
        offset,
        offset + String(t.value).length
      );
  }
}

/**
 * What a headline says is covered, in its own words: from its verb to the sentence's end or a
 * bracket ("оснащены системами экстренного оповещения"), or the sentence itself when no verb is found.
 */
function measureWords(text: string, p: PendingHeadline, sentenceEnd: number | undefined): string {
  const end = sentenceEnd ?? Math.min(text.length, p.end + 200);
  const start = sentenceStartBefore(text, p.start);
  const sentence = text.slice(start, end);
  const verb = new RegExp(COVERED_VERBS.source, "u").exec(sentence);
  // The verb after the count: from it on; before the count ("Системами оповещения оснащены 1 450
  // объектов"): the words up to the count.
  const words = !verb
    ? sentence
    : verb.index < p.start - start
      ? sentence.slice(0, p.start - start)
      : sentence.slice(verb.index);
  return (words.split(/[(.;:\n]/u)[0] ?? "")
    .replace(/^[\s–—‒−-]+/u, "")
    .replace(/\s+/gu, " ")
    .trim()
    .slice(0, 80);
}

/** The pieces of a text between its separators, each with where it starts. */
function pieces(text: string, separator: RegExp): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const global = new RegExp(separator.source, `${separator.flags.replace("g", "")}g`);
  let from = 0;
  for (const m of text.matchAll(global)) {
    out.push({ text: text.slice(from, m.index), start: from });
    from = m.index! + m[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out
    .map((x) => {
      const lead = x.text.length - x.text.trimStart().length;
      return { text: x.text.trim(), start: x.start + lead };
    })
    .filter((x) => x.text !== "");
}

/** Where the sentence holding `offset` starts: after a line break, or a ".", ";" or ":" before a capital or a dash. */
function sentenceStartBefore(text: string, offset: number): number {
  const from = Math.max(0, offset - 300);
  let start = 0;
  for (const m of text.slice(from, offset).matchAll(/\n|[.;:!?](?=\s+[\p{Lu}–—‒−-])/gu))
    start = m.index! + m[0].length;
  return from + start;
}
