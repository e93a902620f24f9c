/**
 * A count read from the report and what is said about it: "9,986" is read with a warning (a comma
 * between thousands), "9  986" too (spaces typed twice), "4,12" is no count at all. Whatever is
 * said concerns this number only. Pure, apart from the issue sink it is given.
 */
import type { Severity } from "../domain/report";
import type { IssueSink } from "./headlines";
import { readCount } from "./lexicon";

/** The count in `text` (at `offset`), or null, said at `severity`, when it is no count. */
export function sayCount(
  text: string,
  offset: number,
  severity: Severity,
  issue: IssueSink
): number | null {
  const r = readCount(text);
  const end = offset + text.length;
  if (!r.ok) {
    const scope = severity === "error" ? "item" : "figure";
    issue(severity, "unreadable-number", { text: r.text, scope }, offset, end);
    return null;
  }
  if (r.separator === "spaces")
    issue("warning", "thousands-spacing", { text: text.trim(), value: r.value }, offset, end);
  else if (r.separator !== null)
    issue(
      "warning",
      "thousands-separator",
      { text: text.trim(), separator: r.separator, value: r.value },
      offset,
      end
    );
  return r.value;
}
