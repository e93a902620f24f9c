import type { ReportIssue, Severity, SourcePosition } from "../domain/report";

/**
 * How many issues of one kind (severity and code) are given in full. A repeated or concatenated
 * report raises the same issue thousands of times; past this many, only where they are is kept,
 * and one closing entry says "and N more like this" with their lines.
 */
export const SHOWN_PER_KIND = 5;

interface Overflow {
  severity: Severity;
  code: string;
  first: SourcePosition;
  lines: number[];
}

/** Collects a parse's issues, grouping the repeats of each kind. */
export class IssueCollector {
  private readonly shown: ReportIssue[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();

  /**
   * Adds an issue. `detail` builds its message and excerpt; it is called only for the issues that
   * are shown in full, so a flood of repeats costs a position each, not a message each.
   */
  add(
    severity: Severity,
    code: string,
    at: SourcePosition,
    detail: () => { message: string; excerpt: string }
  ): void {
    const kind = `${severity}|${code}`;
    const n = this.counts.get(kind) ?? 0;
    this.counts.set(kind, n + 1);
    if (n < SHOWN_PER_KIND) {
      this.shown.push({ severity, code, ...detail(), ...at });
      return;
    }
    const more = this.overflow.get(kind);
    if (more) more.lines.push(at.line);
    else this.overflow.set(kind, { severity, code, first: at, lines: [at.line] });
  }

  /** The issues in text order, each kind's repeats folded into one closing entry. */
  result(): ReportIssue[] {
    const closing = [...this.overflow.values()].map((o): ReportIssue => ({
      severity: o.severity,
      code: o.code,
      message: `…and ${o.lines.length} more like this (${lineList(o.lines)}).`,
      excerpt: "",
      ...o.first,
      repeated: { count: o.lines.length, lines: o.lines },
    }));
    return [...this.shown, ...closing].sort(
      (a, b) =>
        a.line - b.line || a.column - b.column || (a.repeated ? 1 : 0) - (b.repeated ? 1 : 0)
    );
  }
}

/** "lines 4, 7–9, 12, … (40 places)": the first runs of lines, for a message. */
export function lineList(lines: readonly number[], maxRuns = 8): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length && runs.length <= maxRuns;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  const label = sorted.length === 1 ? "line" : "lines";
  return runs.length > maxRuns
    ? `${label} ${runs.slice(0, maxRuns).join(", ")}, …`
    : `${label} ${runs.join(", ")}`;
}
