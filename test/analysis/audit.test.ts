import { auditReport, roundLike } from "../../src/analysis/audit";
import { parseReport } from "../../src/report/parseReport";
import { renderReport } from "../../src/report/renderReport";
import { seedReport } from "../helpers/seed";

describe("auditReport on the seed", () => {
  const findings = auditReport(seedReport());
  const summary = findings.map((f) => [
    f.code,
    f.measure,
    f.orgType,
    f.territoryId,
    f.stated,
    f.computed,
    f.line,
  ]);

  it("finds exactly the report's contradictions, with the figures and their lines", () => {
    expect(summary).toEqual([
      ["total-sum-mismatch", "panic", "all", null, 2621, 2617, 9],
      ["total-sum-mismatch", "turnstile", "all", null, 2621, 2619, 9],
      ["total-sum-mismatch", "turnstile", "kindergarten", null, 1010, 1008, 9],
      ["total-sum-mismatch", "panic", "college", null, 204, 200, 9],
      ["base-mismatch", "panic", "college", "city:turkistan", 2, 6, 22],
      ["covered-sum-mismatch", "turnstile", "all", null, 1410, 1425, 23],
      ["covered-sum-mismatch", "turnstile", "college", null, 169, 184, 23],
      ["base-mismatch", "turnstile", "kindergarten", "KZ-75", 191, 193, 26],
      ["percent-mismatch", "turnstile", "college", "city:semey", 54, 77, 30],
    ]);
  });

  it("says what is wrong in words, with the source positions of the figures", () => {
    const semey = findings.find((f) => f.code === "percent-mismatch")!;
    expect(semey.message).toBe(
      "Semey, Turnstiles (access control), colleges: 10 of 13 is 77%, the report states 54% (line 30:118)."
    );
    const almaty = findings.find((f) => f.territoryId === "KZ-75")!;
    expect(almaty.message).toBe(
      "Almaty, kindergartens: base 191 under Turnstiles (access control) (line 26:36) but 193 under Video surveillance linked to police centres, Licensed security guard, Panic button."
    );
    expect(almaty.figures.map((f) => [f.label, f.value, f.position?.line])).toEqual([
      ["turnstile total", 191, 26],
      ["video total", 193, 4],
      ["guard total", 193, 12],
      ["panic total", 193, 20],
    ]);
    const colleges = findings.find(
      (f) => f.code === "covered-sum-mismatch" && f.orgType === "college"
    )!;
    expect(colleges.message).toBe(
      "Turnstiles (access control), colleges: the 20 rows sum to 184 covered, the report states 169 (line 23:96)."
    );
  });

  it("never fixes a figure: the report is unchanged by the audit", () => {
    const report = seedReport();
    const before = JSON.stringify(report);
    auditReport(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe("auditReport on consistent figures", () => {
  it("finds nothing when every row and total agrees", () => {
    const seed = seedReport();
    // Make the seed self-consistent: one base per territory and type, percentages recomputed, totals summed.
    const base = new Map<string, number>();
    for (const r of seed.records)
      if (r.measure === "guard" || r.measure === "video")
        base.set(`${r.territoryId}|${r.orgType}`, r.total);
    const records = seed.records.map((r) => {
      const total = base.get(`${r.territoryId}|${r.orgType}`)!;
      const covered = Math.min(r.covered, total);
      return { ...r, total, covered, statedPercent: Math.round((covered / total) * 100) };
    });
    const statedTotals = seed.statedTotals.map((t) => {
      if (t.quantity === "percent") return t;
      const rows = records.filter(
        (r) =>
          (t.quantity === "total"
            ? t.level === "region"
              ? r.measure === "video"
              : r.measure === "guard"
            : r.measure === t.measure) &&
          (t.orgType === "all" || r.orgType === t.orgType)
      );
      return {
        ...t,
        value: rows.reduce((s, r) => s + (t.quantity === "total" ? r.total : r.covered), 0),
      };
    });
    const pct = (m: string) => {
      const c = statedTotals.find(
        (t) => t.quantity === "covered" && t.measure === m && t.orgType === "all"
      )!.value;
      const level = m === "video" ? "region" : "city";
      const b = statedTotals.find(
        (t) => t.quantity === "total" && t.level === level && t.orgType === "all"
      )!.value;
      return Math.round((c / b) * 100);
    };
    const consistent = {
      ...seed,
      records,
      statedTotals: statedTotals.map((t) =>
        t.quantity === "percent" ? { ...t, value: pct(t.measure!) } : t
      ),
    };
    // Round-trip through the text, so the audit sees what the parser makes of a clean report.
    const reparsed = parseReport(renderReport(consistent));
    expect(reparsed.issues).toEqual([]);
    expect(auditReport(reparsed)).toEqual([]);
  });
});

describe("roundLike", () => {
  it("rounds half up to the stated precision", () => {
    expect(roundLike(76.923, 54)).toBe(77);
    expect(roundLike(92.5, 93)).toBe(93);
    expect(roundLike(93.44, 93.4)).toBe(93.4);
  });
});
