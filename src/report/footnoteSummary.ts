/**
 * A report's footnotes as the parse gives them: each footnote's mark, text and line, and how many
 * figures carry its mark; a mark used with no footnote text for it is said once (its figures are
 * read all the same). Pure, apart from the issue sink it is given.
 */
import type { CoverageRecord, Footnote } from "../domain/report";
import type { Footnotes } from "./footnotes";
import type { IssueSink } from "./headlines";
import { lineRuns } from "./issueMessages";
import type { LineIndex } from "./positions";

export function footnoteSummary(
  footnotes: Footnotes,
  records: readonly CoverageRecord[],
  lines: LineIndex,
  issue: IssueSink
): Footnote[] {
  const defined = new Set(footnotes.definitions.map((d) => d.key));
  const orphans = new Map<string, number[]>();
  for (const r of footnotes.references)
    if (!defined.has(r.key)) orphans.set(r.key, [...(orphans.get(r.key) ?? []), r.at]);
  for (const [mark, at] of orphans)
    issue(
      "warning",
      "footnote-without-text",
      { mark, lines: lineRuns(at.map((a) => lines.at(a).line)) },
      at[0],
      at[0] + mark.length
    );
  return footnotes.definitions.map((d) => ({
    mark: d.mark,
    text: d.text,
    line: lines.at(d.start).line,
    figures: records.filter((r) => r.footnotes?.some((f) => f.mark === d.mark && f.text === d.text))
      .length,
  }));
}
