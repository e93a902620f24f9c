import type { ReportIssue, Severity, SourcePosition } from "../domain/report";
import {
  englishIssueText,
  type IssueCode,
  type IssueParams,
  type IssueParamsOf,
  repeatedText,
} from "./issueMessages";

export { lineList } from "./issueMessages";

/**
 * How many issues of one kind (severity and code) are given in full. A repeated or concatenated
 * report raises the same issue thousands of times: each distinct problem (its code and params) is
 * given in full once, up to this many per kind; its repeats, and the kind's problems past this many,
 * keep only where they are, in one closing entry "and N more like this" with their lines. So eight
 * different misspelt names on one line are eight entries, and a report pasted twice is not 240 more.
 */
export const SHOWN_PER_KIND = 10;

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
  /** Each distinct problem given in full: its kind, code and params. */
  private readonly problems = new Set<string>();
  private readonly overflow = new Map<string, Overflow>();

  /**
   * Adds an issue: its code and params (its English message is rendered from the catalogue,
   * issueMessages.ts). `excerpt` is called only for the issues that are shown in full, so a flood of
   * repeats costs a position each, not a message each.
   */
  add<C extends IssueCode>(
    severity: Severity,
    code: C,
    params: IssueParamsOf<C>,
    at: SourcePosition,
    excerpt: () => string
  ): void {
    const kind = `${severity}|${code}`;
    const n = this.counts.get(kind) ?? 0;
    const problem = n < SHOWN_PER_KIND ? `${kind}|${JSON.stringify(params)}` : "";
    if (n < SHOWN_PER_KIND && !this.problems.has(problem)) {
      this.counts.set(kind, n + 1);
      this.problems.add(problem);
      this.shown.push({
        severity,
        code,
        message: englishIssueText(code, params),
        params: params as IssueParams,
        excerpt: excerpt(),
        ...at,
      });
      return;
    }
    const more = this.overflow.get(kind);
    if (more) more.lines.push(at.line);
    else this.overflow.set(kind, { severity, code, first: at, lines: [at.line] });
  }

  /** How many issues were raised so far (repeats included). */
  get size(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    for (const o of this.overflow.values()) n += o.lines.length;
    return n;
  }

  /** The issues in text order, each kind's repeats folded into one closing entry. */
  result(): ReportIssue[] {
    const closing = [...this.overflow.values()].map((o): ReportIssue => {
      const repeated = { count: o.lines.length, lines: o.lines };
      return {
        severity: o.severity,
        code: o.code,
        message: repeatedText(repeated, "en"),
        params: { count: repeated.count },
        excerpt: "",
        ...o.first,
        repeated,
      };
    });
    return [...this.shown, ...closing].sort(
      (a, b) =>
        a.line - b.line || a.column - b.column || (a.repeated ? 1 : 0) - (b.repeated ? 1 : 0)
    );
  }
}
