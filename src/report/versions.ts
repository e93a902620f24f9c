/**
 * A report in two languages: the ministry publishes its Kazakh version (the state language) beside
 * the Russian one, and a text may hold both. Each item is read in the language of the list it
 * stands in; the two versions give one set of records. A territory's figures that both give and
 * that agree are one record; figures that disagree are said, the version read first is used and
 * the other is not (never picked silently). Pure, apart from the issue sink it is given.
 */
import type { CoverageRecord, ReadLanguages, ReportLanguage } from "../domain/report";
import type { IssueSink } from "./headlines";

/** A record as the reader read it: its language, and where its item stands in the text. */
export interface ReadRecord {
  record: CoverageRecord;
  lang: ReportLanguage;
  start: number;
  end: number;
}

const keyOf = (r: CoverageRecord) => `${r.measure}|${r.orgType}|${r.territoryId}`;

/** "114/122 (93%, +3)": an item's figures, the same in every language. */
function figure(r: CoverageRecord): string {
  const change =
    r.statedChange === null ? "" : `, ${r.statedChange > 0 ? "+" : ""}${r.statedChange}`;
  return `${r.covered}/${r.total} (${r.statedPercent}%${change})`;
}

const sameFigures = (a: CoverageRecord, b: CoverageRecord) =>
  a.covered === b.covered &&
  a.total === b.total &&
  a.statedPercent === b.statedPercent &&
  a.statedChange === b.statedChange;

/** What the other version adds to a record: its footnotes, and its parts when the record has none. */
function keepNotes(kept: CoverageRecord, other: CoverageRecord): void {
  for (const f of other.footnotes ?? [])
    if (!kept.footnotes?.some((k) => k.mark === f.mark && k.text === f.text))
      kept.footnotes = [...(kept.footnotes ?? []), f];
  if (!kept.parts && other.parts) kept.parts = other.parts;
}

/**
 * The records of both versions as one set, in the order read: one per measure, type and territory.
 * A territory whose versions disagree keeps the one read first, and the disagreement is said.
 */
export function mergeVersions(
  read: readonly ReadRecord[],
  issue: IssueSink
): { records: CoverageRecord[]; languages: ReadLanguages } {
  const figures: Partial<Record<ReportLanguage, number>> = {};
  const first = new Map<string, ReadRecord>();
  const records: CoverageRecord[] = [];
  let both = 0;
  let differ = 0;
  for (const r of read) {
    figures[r.lang] = (figures[r.lang] ?? 0) + 1;
    const key = keyOf(r.record);
    const kept = first.get(key);
    if (!kept) {
      first.set(key, r);
      records.push(r.record);
      continue;
    }
    both++;
    keepNotes(kept.record, r.record);
    if (sameFigures(kept.record, r.record)) continue;
    differ++;
    issue(
      "warning",
      "versions-disagree",
      {
        name: kept.record.territoryName,
        measure: kept.record.measure,
        orgType: kept.record.orgType,
        kept: kept.lang,
        keptFigure: figure(kept.record),
        keptLine: kept.record.line,
        other: r.lang,
        otherFigure: figure(r.record),
      },
      r.start,
      r.end
    );
  }
  return { records, languages: { figures, both, differ } };
}
