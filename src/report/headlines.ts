import { type Measure, measureInfo } from "../domain/measures";
import { type OrgType, type OrgTypeOrAll, resolveOrgType } from "../domain/orgTypes";
import type { Severity, StatedTotal } from "../domain/report";
import { BREAKDOWN_PART, COVERED_VERBS } from "./lexicon";
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
  covered: boolean | null;
  measureAtStart: Measure | null;
  measureInSentence: Measure | null;
  parts: Array<{ orgType: OrgType; value: number; offset: number }>;
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

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly issue: IssueSink
  ) {}

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
    base?: { value: number | null; offset: number }
  ): void {
    this.flush();
    const share = m.groups?.pctShare;
    this.pending = {
      start: m.index,
      countEnd: m.index + m[0].length,
      end: m.index + m[0].length,
      base: base ?? null,
      all,
      allOffset:
        share !== undefined ? m.index + m[0].indexOf(m.groups!.pctCount, share.length) : m.index,
      percent,
      percentOffset: m.index,
      // "P% или N" and "N из M" are covered counts; a bare "N организаций" is decided by its verbs.
      covered: percent !== null || base !== undefined ? true : null,
      measureAtStart: measure,
      measureInSentence: null,
      parts: [],
    };
  }

  /** A measure named in the sentence after its count ("… установили тревожные кнопки") is its measure. */
  measureNamed(measure: Measure, offset: number): void {
    if (this.pending && this.pending.measureInSentence === null && offset > this.pending.start) {
      this.pending.measureInSentence = measure;
    }
  }

  /**
   * "(2657 детсадов, 6 936 школ и 393 колледжа)": the parts by type. `count` reads each part's
   * number (and reports a number it cannot read): an unreadable part never takes the others with it.
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
    BREAKDOWN_PART.lastIndex = 0;
    for (let part = BREAKDOWN_PART.exec(inner); part !== null; part = BREAKDOWN_PART.exec(inner)) {
      const type = resolveOrgType(part.groups!.unit);
      const offset = innerOffset + part.index;
      if (!type.ok || type.value === "all") {
        this.issue(
          "warning",
          "unknown-unit",
          { unit: part.groups!.unit },
          offset,
          offset + part[0].length
        );
        continue;
      }
      const value = count(part.groups!.n, offset);
      if (value !== null) p.parts.push({ orgType: type.value, value, offset });
    }
    p.end = end;
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

  /** Ends the headline sentence: decides base or covered, its measure and level, and records the figures. */
  flush(sentenceEnd?: number): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.covered === null) {
      // The verb may stand before the breakdown or after it: "2 426 объектов установили … (901 …)".
      const after = this.text.slice(
        p.countEnd,
        sentenceEnd ?? Math.min(this.text.length, p.end + 200)
      );
      p.covered = COVERED_VERBS.test(after);
    }
    const measure = p.measureInSentence ?? p.measureAtStart;
    if (measure === null) {
      this.issue("warning", "headline-without-measure", {}, p.start, p.end);
      return;
    }
    const level = measureInfo(measure).level;
    const quantity = p.covered ? "covered" : "total";
    const stated = (orgType: OrgTypeOrAll, value: number, offset: number) =>
      this.totals.push({
        quantity,
        level,
        measure: quantity === "total" ? null : measure,
        orgType,
        value,
        ...this.lines.at(offset),
      });
    if (p.all !== null) stated("all", p.all, p.allOffset);
    // "1 911 из 2 621 объектов" states the base again: the same figure twice is one fact (a
    // different one is kept, for the Audit to weigh).
    const base = p.base?.value;
    if (
      base != null &&
      !this.totals.some(
        (t) =>
          t.quantity === "total" && t.level === level && t.orgType === "all" && t.value === base
      )
    )
      this.totals.push({
        quantity: "total",
        level,
        measure: null,
        orgType: "all",
        value: base,
        ...this.lines.at(p.base!.offset),
      });
    for (const part of p.parts) stated(part.orgType, part.value, part.offset);
    if (p.covered) {
      this.lastCovered = { ...p, measureAtStart: measure, measureInSentence: measure };
      if (p.percent !== null) this.emitPercent(this.lastCovered);
    }
  }

  private emitPercent(p: PendingHeadline): void {
    const measure = p.measureInSentence ?? p.measureAtStart;
    if (measure === null || p.percent === null) return;
    this.totals.push({
      quantity: "percent",
      level: measureInfo(measure).level,
      measure,
      orgType: "all",
      value: p.percent,
      ...this.lines.at(p.percentOffset),
    });
  }
}
