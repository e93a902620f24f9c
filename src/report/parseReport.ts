import { type Measure, measureInfo } from "../domain/measures";
import { type OrgType, resolveOrgType } from "../domain/orgTypes";
import type { CoverageRecord, Report, Severity } from "../domain/report";
import { nameList, resolveTerritory } from "../domain/resolveTerritory";
import type { Territory } from "../domain/territories";
import {
  ABBREVIATIONS,
  parsePercent,
  QUARTERS,
  readCount,
  SENTENCE_END,
  tokenPattern,
} from "./lexicon";
import { checkCompleteness } from "./completeness";
import { notInList, readChangeNote } from "./items";
import { HeadlineReader } from "./headlines";
import { IssueCollector } from "./issueCollector";
import { englishIssueText, type IssueCode, type IssueParamsOf } from "./issueMessages";
import { excerptAt, LineIndex } from "./positions";

const HEADING_GROUPS: ReadonlyArray<[string, OrgType]> = [
  ["hkg", "kindergarten"],
  ["hschool", "school"],
  ["hcollege", "college"],
];
const MEASURE_GROUPS: ReadonlyArray<[string, Measure]> = [
  ["mvideo", "video"],
  ["mguard", "guard"],
  ["mpanic", "panic"],
  ["mturnstile", "turnstile"],
];

/**
 * A piece of a list that is prose, not a broken item: a dozen words or more with no percentage and
 * hardly a number (a list written without its brackets has figures in every item, and is reported).
 */
function isProse(part: string): boolean {
  return (
    part.trim().split(/\s+/).length >= 14 &&
    !part.includes("%") &&
    (part.match(/\d+/g) ?? []).length <= 3
  );
}

/** Reads one report; a new instance per parse (it holds the scan state). */
class ReportReader {
  private readonly lines: LineIndex;
  private readonly records: CoverageRecord[] = [];
  private readonly issues = new IssueCollector();
  private period: string | null = null;
  private periodOffset = 0;
  private measure: Measure | null = null;
  private orgType: OrgType | null = null;
  private inList = false;
  private readonly headlines: HeadlineReader;
  private readonly seen = new Map<string, number>();
  /** Where each (measure, type) section's heading stands, for messages about the section. */
  private readonly sections = new Map<string, number>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.headlines = new HeadlineReader(text, this.lines, (...a) => this.issue(...a));
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
      this.gap(cursor, m.index);
      this.token(m);
      cursor = m.index + m[0].length;
    }
    this.gap(cursor, this.text.length);
    this.headlines.flush();
    if (this.records.length === 0) {
      this.issue("error", "no-figures", {}, 0, 60);
    } else {
      checkCompleteness(this.records, this.period, this.sections, (...a) => this.issue(...a));
    }
    return this.result();
  }

  private result(): Report {
    const period = this.period;
    const records = this.records.map((r) => ({ ...r, period: period ?? "unknown" }));
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
    const parts = piece.split(/[;\n]/);
    let at = offset;
    for (const part of parts) {
      // A paragraph of prose ends the list (a report pasted after another starts with one): items
      // are a name and figures, never a dozen words.
      if (isProse(part)) {
        this.inList = false;
        return;
      }
      if (/[\d(%)]/.test(part)) {
        const lead = part.length - part.trimStart().length;
        this.issue(
          "error",
          "malformed-item",
          { item: part.trim().replace(/[.;,\s]+$/, "") },
          at + lead,
          at + part.length
        );
      }
      at += part.length + 1;
    }
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
    if (this.period === null) {
      this.period = period;
      this.periodOffset = offset;
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
    this.orgType = orgType;
    this.inList = true;
    if (this.measure === null) {
      this.issue("error", "section-without-measure", {}, offset, offset + 40);
      return;
    }
    const key = `${this.measure}|${orgType}`;
    if (this.sections.has(key)) {
      const first = this.lines.at(this.sections.get(key)!);
      this.issue(
        "warning",
        "repeated-section",
        { measure: this.measure, orgType, line: first.line },
        offset,
        offset + 40
      );
    } else this.sections.set(key, offset);
  }

  private onMeasure(measure: Measure, offset: number): void {
    this.headlines.measureNamed(measure, offset);
    if (this.measure !== measure) this.orgType = null;
    this.measure = measure;
    this.inList = false;
  }

  /**
   * Reads a count, or reports why it can't: "9,986" is read with a warning (a comma between
   * thousands), "4,12" is no count at all. Either way only this number is affected.
   */
  private count(text: string, offset: number, severity: Severity): number | null {
    const r = readCount(text);
    const end = offset + text.length;
    if (!r.ok) {
      this.issue(
        severity,
        "unreadable-number",
        { text: r.text, scope: severity === "error" ? "item" : "figure" },
        offset,
        end
      );
      return null;
    }
    if (r.separator === "spaces")
      this.issue(
        "warning",
        "thousands-spacing",
        { text: text.trim(), value: r.value },
        offset,
        end
      );
    else if (r.separator !== null)
      this.issue(
        "warning",
        "thousands-separator",
        { text: text.trim(), separator: r.separator, value: r.value },
        offset,
        end
      );
    return r.value;
  }

  private onHeadline(
    m: RegExpExecArray,
    all: number | null,
    percent: number | null,
    base?: { value: number | null; offset: number }
  ): void {
    this.inList = false;
    this.orgType = null;
    this.headlines.start(m, all, percent, this.measure, base);
  }

  // ---------------------------------------------------------------- territory items

  private onItem(m: RegExpExecArray): void {
    this.headlines.flush();
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    const itemText = m[0];
    if (this.measure === null) {
      this.issue(
        "error",
        "item-without-measure",
        { item: excerptAt(itemText, 0, itemText.length) },
        start,
        end
      );
      return;
    }
    this.inList = true;
    const measure = this.measure;
    const orgType = this.orgTypeForItem(g.unit ?? g.unitBefore, start, end);
    if (orgType === null) return;

    const name = g.name.replace(/\s+/g, " ").trim();
    const nameOffset = start + (g.prefix?.length ?? 0);
    const territory = this.resolveItemTerritory(name, measure, nameOffset);
    if (territory === null) return;

    const coveredAt = start + itemText.indexOf(g.covered, (g.prefix?.length ?? 0) + g.name.length);
    const covered = this.count(g.covered, coveredAt, "error");
    const total =
      g.total !== undefined
        ? this.count(
            g.total,
            start + itemText.indexOf(g.total, coveredAt - start + g.covered.length),
            "error"
          )
        : covered;
    if (covered === null || total === null) return;
    if (total === 0) {
      this.issue("error", "zero-total", { name }, start, end);
      return;
    }
    if (covered > total) {
      this.issue("error", "covered-exceeds-total", { name, covered, total }, start, end);
      return;
    }
    const key = `${measure}|${orgType}|${territory.id}`;
    if (this.seen.has(key)) {
      const first = this.lines.at(this.seen.get(key)!);
      this.issue(
        "error",
        "duplicate-territory",
        { name, measure, orgType, line: first.line, column: first.column },
        start,
        end
      );
      return;
    }
    this.seen.set(key, start);
    this.records.push({
      period: "",
      measure,
      orgType,
      territoryId: territory.id,
      territoryName: name,
      covered,
      total,
      statedPercent: parsePercent(g.pct),
      statedChange: readChangeNote(g.note, (code, params) =>
        this.issue("warning", code, params, start, end)
      ),
      ...this.lines.at(start),
    });
  }

  /** The section's type; a unit that names another type ("96 школ" under kindergartens) is flagged. */
  private orgTypeForItem(unit: string | undefined, start: number, end: number): OrgType | null {
    const fromUnit = unit !== undefined ? resolveOrgType(unit) : null;
    const unitType = fromUnit?.ok && fromUnit.value !== "all" ? fromUnit.value : null;
    if (this.orgType === null) {
      if (unitType) {
        this.issue(
          "warning",
          "item-without-heading",
          { unit: unit ?? "", orgType: unitType },
          start,
          end
        );
        this.orgType = unitType;
        return unitType;
      }
      this.issue("error", "item-without-heading", {}, start, end);
      return null;
    }
    if (unitType && unitType !== this.orgType) {
      this.issue(
        "warning",
        "unit-mismatch",
        { unit: unit ?? "", unitType, orgType: this.orgType },
        start,
        end
      );
    }
    return this.orgType;
  }

  /**
   * Resolves an item's name against the list the measure is reported for. Leading words that are
   * not part of the name ("Также Астана") are dropped one by one before giving up.
   */
  private resolveItemTerritory(name: string, measure: Measure, offset: number): Territory | null {
    const level = measureInfo(measure).level;
    const words = name.split(" ");
    let firstError: IssueParamsOf<"unknown-territory"> | null = null;
    for (let i = 0; i < words.length; i++) {
      const tried = words.slice(i).join(" ");
      const r = resolveTerritory(tried);
      if (r.ok) {
        if (r.territory.levels.includes(level)) return r.territory;
        firstError ??= notInList(name, r.territory, measure);
      } else firstError ??= { reason: r.code, name: tried, candidates: nameList(r.candidates) };
    }
    this.issue(
      "error",
      "unknown-territory",
      firstError ?? { reason: "unknown", name },
      offset,
      offset + name.length
    );
    return null;
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
