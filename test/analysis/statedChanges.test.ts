import { auditPeriods, auditStatedChanges } from "../../src/analysis/audit";
import { compareReports } from "../../src/analysis/compare";
import { figureKey, quarters, withWrongStatedChange } from "../helpers/quarters";

describe("stated changes against the period before, as Audit findings", () => {
  const q = quarters(2, 9);
  const [first, second] = q.reports;

  it("none when every stated change matches the figures (they were generated to match)", () => {
    expect(auditStatedChanges(second, first)).toEqual([]);
    expect(auditStatedChanges(second, undefined)).toEqual([]);
  });

  it("a stated change that differs is a finding with both figures, the periods and the item's line", () => {
    const { report, wrong } = withWrongStatedChange(second);
    const findings = auditStatedChanges(report, first);
    expect(findings).toHaveLength(1);
    const before = q.figures.get(q.periods[0])!.get(figureKey(wrong))!;
    const after = q.figures.get(q.periods[1])!.get(figureKey(wrong))!;
    expect(findings[0]).toMatchObject({
      code: "stated-change-mismatch",
      stated: after.covered - before.covered + 7,
      computed: after.covered - before.covered,
      comparedPeriod: "2023-Q1",
      measure: wrong.measure,
      orgType: wrong.orgType,
      territoryId: wrong.territoryId,
    });
    expect(findings[0].line).toBe(
      report.records.find((r) => figureKey(r) === figureKey(wrong))!.line
    );
    expect(findings[0].message).toContain("2023-Q1 → 2023-Q2");
    // In the periods' audit, the later period carries it; the first has nothing to compare with.
    const periods = auditPeriods([report, first]);
    expect(periods.map((p) => p.period)).toEqual(["2023-Q1", "2023-Q2"]);
    expect(periods[1].findings.filter((f) => f.code === "stated-change-mismatch")).toHaveLength(1);
    expect(periods[0].findings.filter((f) => f.code === "stated-change-mismatch")).toHaveLength(0);
  });

  it("stated changes are checked only against the quarter just before: with it missing, none is a finding", () => {
    const q3 = quarters(3, 9);
    const [first, , third] = q3.reports;
    // 2023-Q3's stated changes are against 2023-Q2; with only 2023-Q1 loaded they can't be checked.
    const { report } = withWrongStatedChange(third);
    expect(auditStatedChanges(report, first)).toEqual([]);
    expect(compareReports(first, report).statedChecked).toBe(false);
    expect(compareReports(q3.reports[1], report).statedChecked).toBe(true);
    expect(auditStatedChanges(report, q3.reports[1])).toHaveLength(1);
  });
});
