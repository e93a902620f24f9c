/**
 * A territory item of a list, "Акмолинская (114 из 122) – 93% (рост на +6)", as the pattern or the
 * loose reading (looseItem.ts) gives its parts: its territory in the list the measure is reported
 * for, its type, its counts (an unreadable one loses the item, and says so), its percentage and its
 * change note. Kept in the order read; a territory listed twice keeps its first figure.
 */
import { type Measure, measureInfo } from "../domain/measures";
import { type OrgType, resolveOrgType } from "../domain/orgTypes";
import type { CoverageRecord, ReportLanguage } from "../domain/report";
import { nameList, resolveTerritory } from "../domain/resolveTerritory";
import type { Territory } from "../domain/territories";
import type { IssueSink } from "./headlines";
import type { IssueParamsOf } from "./issueMessages";
import { readSubFigure, startsPart } from "./asides";
import { notInList, readChangeNote } from "./items";
import { DIGIT_LOOKALIKE, parsePercent } from "./lexicon";
import { excerptAt, type LineIndex } from "./positions";
import type { ReadRecord } from "./versions";

/** The measure and type of the list being read: headings and measures set them. */
export interface Section {
  measure: Measure | null;
  orgType: OrgType | null;
}

/** An item's parts as written, offsets within its text. */
export interface ItemFields {
  name: string;
  nameAt: number;
  covered: string;
  coveredAt: number;
  total?: string;
  totalAt?: number;
  /** A word after a count: a type ("школ"), a neutral unit, or something else (said). */
  unit?: string;
  /** Whether the unit is glued to its count ("19З"): a digit-like letter there is a mistyped digit. */
  unitGlued?: boolean;
  /** The count the unit follows, for the message when the unit is a letter typed for a digit. */
  unitNumber?: string;
  pct: string;
  note?: string;
  /** A second bracket after the share: a breakdown and a change may both follow it. */
  note2?: string;
  /** The mark after the name ("облысы", "қ.", "обл."): which of a city and its region is meant. */
  suffix?: string;
  /** A breakdown inside the item ("в том числе частных – 23"), as written. */
  part?: string;
}

/** A region's mark after a name ("обл.", "облысы", "облысында") or a city's ("г.", "қ.", "қаласы"). */
const REGION_MARK = /^(?:обл|облыс|област)/iu;
const CITY_MARK = /^(?:г\.|гор\.|қ\.|қала)/iu;

/** The name with its mark as the resolver reads it: "Ақтөбе облысы" is the region, "Ақтөбе қ." the city. */
function markedName(name: string, suffix: string | undefined): string | null {
  if (suffix === undefined) return null;
  if (REGION_MARK.test(suffix)) return `${name} облысы`;
  if (CITY_MARK.test(suffix)) return `г. ${name}`;
  return null;
}

/** A word after an item's count: a type ("школ", "мектеп") or a neutral unit ("ед", "объектов", "ұйым"). */
function isUnitWord(unit: string): boolean {
  const t = resolveOrgType(unit);
  return (
    (t.ok && t.value !== "all") ||
    /^(?:ед|единиц|организаци|объект|учрежден|ұйым|бірлік|мекеме)/iu.test(unit)
  );
}

/** A note that is a breakdown of the item's figure, not a change ("в том числе г. Темиртау (5) – 100%"). */
const isPartNote = (note: string | undefined) => note !== undefined && startsPart(note);

export class ItemReader {
  /** Every record read, in both languages (mergeVersions makes them one set). */
  readonly records: CoverageRecord[] = [];
  readonly read: ReadRecord[] = [];
  /** Where each language, measure, type and territory was first listed. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly lines: LineIndex,
    private readonly issue: IssueSink,
    /** Reads an item's count, or reports why it can't (an error: the item is lost). */
    private readonly count: (text: string, offset: number) => number | null,
    /** The footnotes whose marks stand in a span of the text. */
    private readonly footnotesIn: (
      start: number,
      end: number
    ) => Array<{ mark: string; text: string }> = () => []
  ) {}

  /** The record read last, while its list goes on: a breakdown after it is its part. */
  last: CoverageRecord | null = null;

  /**
   * A breakdown of the last item's figure, read after it ("…; в том числе частные (23 из 40) –
   * 58%"): kept as its part, or said as not read. False when no item precedes it in the list.
   */
  addPart(text: string, start: number, end: number): boolean {
    if (this.last === null) return false;
    this.keepPart(this.last, text, start, end);
    return true;
  }

  private keepPart(record: CoverageRecord, text: string, start: number, end: number): void {
    const part = readSubFigure(text);
    if (part === null) {
      this.issue("warning", "part-not-read", { part: excerptAt(text, 0, text.length) }, start, end);
      return;
    }
    record.parts = [...(record.parts ?? []), part];
  }

  /**
   * An item's figures, from the pattern or read loosely: its territory in this list, its type, its
   * counts (an unreadable one loses the item, and says so), its percentage and change note.
   */
  add(
    f: ItemFields,
    start: number,
    end: number,
    itemText: string,
    section: Section,
    lang: ReportLanguage = "ru"
  ): boolean {
    if (section.measure === null) {
      this.issue(
        "error",
        "item-without-measure",
        { item: excerptAt(itemText, 0, itemText.length) },
        start,
        end
      );
      return false;
    }
    const measure = section.measure;
    const unit = f.unit;
    if (unit !== undefined && !isUnitWord(unit)) {
      // "(19З)", "(2 из 4б)": a letter typed for a digit makes the count unreadable, never "19".
      if (f.unitGlued && DIGIT_LOOKALIKE.test(unit)) {
        this.issue(
          "error",
          "unreadable-number",
          { text: `${(f.unitNumber ?? f.covered).trim()}${unit}`, scope: "item" },
          start,
          end
        );
        return false;
      }
      this.issue("warning", "unknown-unit", { unit }, start, end);
    }
    const orgType = this.orgTypeForItem(unit, start, end, section);
    if (orgType === null) return false;

    const name = f.name.replace(/\s+/g, " ").trim();
    const territory = this.resolveItemTerritory(name, f.suffix, measure, start + f.nameAt);
    if (territory === null) return false;

    const covered = this.count(f.covered, start + f.coveredAt);
    const total = f.total !== undefined ? this.count(f.total, start + (f.totalAt ?? 0)) : covered;
    if (covered === null || total === null) return false;
    if (total === 0) {
      this.issue("error", "zero-total", { name }, start, end);
      return false;
    }
    if (covered > total) {
      this.issue("error", "covered-exceeds-total", { name, covered, total }, start, end);
      return false;
    }
    const key = `${lang}|${measure}|${orgType}|${territory.id}`;
    if (this.seen.has(key)) {
      const first = this.lines.at(this.seen.get(key)!);
      this.issue(
        "error",
        "duplicate-territory",
        { name, measure, orgType, line: first.line, column: first.column },
        start,
        end
      );
      return false;
    }
    this.seen.set(key, start);
    // A breakdown in a bracket after the share is a part of the figure; the other bracket, its change.
    const notes = [f.note, f.note2].filter((n): n is string => n !== undefined);
    const change = notes.find((n) => !isPartNote(n));
    const record: CoverageRecord = {
      period: "",
      measure,
      orgType,
      territoryId: territory.id,
      territoryName: name,
      covered,
      total,
      statedPercent: parsePercent(f.pct),
      statedChange: readChangeNote(change, (code, params) =>
        this.issue("warning", code, params, start, end)
      ),
      ...this.lines.at(start),
    };
    const footnotes = this.footnotesIn(start, end);
    if (footnotes.length) record.footnotes = footnotes;
    for (const part of [f.part, ...notes.filter(isPartNote)])
      if (part !== undefined) this.keepPart(record, part, start, end);
    this.records.push(record);
    this.read.push({ record, lang, start, end });
    this.last = record;
    return true;
  }

  /** The section's type; a unit that names another type ("96 школ" under kindergartens) is flagged. */
  private orgTypeForItem(
    unit: string | undefined,
    start: number,
    end: number,
    section: Section
  ): OrgType | null {
    const fromUnit = unit !== undefined ? resolveOrgType(unit) : null;
    const unitType = fromUnit?.ok && fromUnit.value !== "all" ? fromUnit.value : null;
    if (section.orgType === null) {
      if (unitType) {
        this.issue(
          "warning",
          "item-without-heading",
          { unit: unit ?? "", orgType: unitType },
          start,
          end
        );
        section.orgType = unitType;
        return unitType;
      }
      this.issue("error", "item-without-heading", {}, start, end);
      return null;
    }
    if (unitType && unitType !== section.orgType) {
      this.issue(
        "warning",
        "unit-mismatch",
        { unit: unit ?? "", unitType, orgType: section.orgType },
        start,
        end
      );
    }
    return section.orgType;
  }

  /**
   * Resolves an item's name against the list the measure is reported for. Leading words that are
   * not part of the name ("Также Астана") are dropped one by one before giving up.
   */
  private resolveItemTerritory(
    name: string,
    suffix: string | undefined,
    measure: Measure,
    offset: number
  ): Territory | null {
    const level = measureInfo(measure).level;
    const words = name.split(" ");
    let firstError: IssueParamsOf<"unknown-territory"> | null = null;
    // With its mark first: "Алматы облысы" is the region, "Алматы" alone the city.
    const marked = markedName(name, suffix);
    if (marked !== null) {
      const r = resolveTerritory(marked);
      if (r.ok && r.territory.levels.includes(level)) return r.territory;
    }
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
