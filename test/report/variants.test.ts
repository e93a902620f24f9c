/**
 * Drifted reports, generated: every option renderReport has (wording of changes, "из общего
 * числа", "обл." after names, thousands written six ways, items and lists in any order, spacing),
 * saved in every encoding ministries use or as a Word .docx, read through the same path as the CLI
 * and the pane's file input. The records and headline figures equal what was generated, exactly.
 */
import type { Report, StatedTotal } from "../../src/domain/report";
import { readReportSource } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { renderReport } from "../../src/report/renderReport";
import { makeDocx } from "../helpers/docx";
import { encodable, ENCODINGS, figuresOf, random, randomStyle } from "../helpers/drift";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

const headline = (totals: readonly StatedTotal[]) =>
  totals.map((t) => `${t.quantity}|${t.level}|${t.measure}|${t.orgType}=${t.value}`).sort();
const errors = (r: Report) => r.issues.filter((i) => i.severity === "error");
/** Only these warnings may come from a variant: what the style itself asks for. */
const EXPECTED_WARNINGS = new Set([
  "thousands-separator",
  "thousands-spacing",
  "change-without-sign",
]);

describe("generated drifted reports read back exactly", () => {
  const sources = [seedReport(), ...quarters(3, 9).reports.slice(1)];
  const encodings = Object.keys(ENCODINGS);
  for (let i = 0; i < 42; i++) {
    const rnd = random(1000 + i);
    const source = sources[i % sources.length];
    const asWord = i % 6 === 5;
    const encoding = asWord ? ".docx" : encodings[i % encodings.length];
    const style = encodable(randomStyle(rnd), encoding);
    const label = `#${i} ${encoding}, ${style.changeWording}, "${style.outOf}", suffix "${style.regionSuffix}", thousands U+${style.thousands.codePointAt(0)?.toString(16) ?? "none"}${style.shuffle !== undefined ? ", shuffled" : ""}, items ${style.itemOrder}${style.numbered ? " numbered" : ""}`;
    it(label, async () => {
      const text = renderReport(source, style);
      const bytes = asWord ? await makeDocx(text) : ENCODINGS[encoding](text);
      const report = parseReportSource(await readReportSource(asWord ? "q.docx" : "q.txt", bytes));
      expect(errors(report)).toEqual([]);
      // An item in another order is read and said (one grouped warning per kind).
      const expected = (code: string) =>
        EXPECTED_WARNINGS.has(code) || (code === "loose-item" && style.itemOrder !== "seed");
      expect(report.issues.filter((x) => !expected(x.code))).toEqual([]);
      expect(report.period).toBe(source.period);
      expect(figuresOf(report.records)).toEqual(figuresOf(source.records));
      expect(headline(report.statedTotals)).toEqual(headline(source.statedTotals));
    });
  }
});
