/**
 * The Trend sheet of a workbook with several periods, recomputed by LibreOffice: every change,
 * status and national figure equals what the generated figures give (never the parser's output).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MEASURE_IDS, measureInfo } from "../../src/domain/measures";
import { ORG_TYPES } from "../../src/domain/orgTypes";
import { territoriesAt } from "../../src/domain/territories";
import { workbookLabels } from "../../src/workbook/labels";
import { AUDIT_KEYS, SHEETS, type WorkbookLang } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { TREND_COLUMNS as C } from "../../src/workbook/trendSheet";
import { planToExcelJs, xlsxBytes } from "../../src/xlsx/writeXlsx";
import { cli } from "../helpers/cli";
import { describeWith } from "../helpers/engineGate";
import { num, recalcToCsv, SOFFICE } from "../helpers/libreoffice";
import { figureKey, quarters, withWrongStatedChange } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

describeWith({ LibreOffice: SOFFICE }, "the Trend sheet, recomputed by LibreOffice", () => {
  const q = quarters(3, 21);
  const [, previous, latest] = q.periods;
  /** Covered and total of one type, or over all types, as generated; null where none was. */
  const sum = (period: string, measure: string, type: string, territoryId: string) => {
    let covered = 0;
    let total = 0;
    let any = false;
    for (const t of type === "all" ? ORG_TYPES : [type]) {
      const f = q.figures.get(period)!.get(`${measure}|${t}|${territoryId}`);
      if (f) {
        covered += f.covered;
        total += f.total;
        any = true;
      }
    }
    return any ? { covered, total } : null;
  };

  /** The national coverage of a measure (one type, or all) in a period, as generated. */
  const nationalOf = (period: string, measure: string, type: string) => {
    let covered = 0;
    let total = 0;
    for (const [key, f] of q.figures.get(period)!) {
      const [m, o] = key.split("|");
      if (m === measure && (type === "all" || o === type)) {
        covered += f.covered;
        total += f.total;
      }
    }
    return covered / total;
  };
  /** "2023-Q3" and 6 quarters → "2025-Q1". */
  const quarterAfter = (period: string, n: number) => {
    const [y, qn] = period.split("-Q").map(Number);
    const k = y * 4 + qn - 1 + n;
    return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
  };

  for (const lang of ["en", "ru"] as WorkbookLang[])
    it(`${lang}: the change of every measure, type and territory, its status, and the national coverage per period`, async () => {
      const T = workbookLabels(lang).trend;
      // Through the CLI, as an analyst would: one --report per quarter's text file.
      const dir = mkdtempSync(join(tmpdir(), "trend-"));
      const reportArgs = q.texts.flatMap((text, i) => {
        const file = join(dir, `q${i + 1}.txt`);
        writeFileSync(file, text);
        return ["--report", file];
      });
      const out = join(dir, "trend.xlsx");
      const r = await cli("workbook", "--out", out, "--lang", lang, ...reportArgs);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
      const sheets = recalcToCsv(readFileSync(out));
      const rows = sheets[SHEETS.trend];
      expect(rows).toBeDefined();
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^(#|Err:)/);

      let checked = 0;
      for (const m of MEASURE_IDS)
        for (const type of ["all", ...ORG_TYPES])
          for (const t of territoriesAt(measureInfo(m).level)) {
            const a = sum(previous, m, type, t.id);
            const b = sum(latest, m, type, t.id);
            const row = rows.find(
              (r) =>
                r[C.measure] === m && r[C.orgType] === type && r[C.territoryId] === (t.iso ?? t.id)
            );
            if (!a || !b) {
              // Not reported in one of the two periods: no change to give, never a made-up one.
              if (row) expect(row[C.points]).toBe("");
              continue;
            }
            expect({ m, type, t: t.id, row: !!row }).toEqual({ m, type, t: t.id, row: true });
            const points = b.covered / b.total - a.covered / a.total;
            expect(num(row![C.points])).toBeCloseTo(points, 9);
            expect(num(row![C.covered])).toBe(b.covered - a.covered);
            const status = points > 0.0005 ? T.improved : points < -0.0005 ? T.worse : T.unchanged;
            expect({ m, type, t: t.id, status: row![C.status] }).toEqual({
              m,
              type,
              t: t.id,
              status,
            });
            // Stalling: below its target (the Settings default: the national coverage of the
            // measure and type in the latest period) and not improving.
            const national = nationalOf(latest, m, type);
            const stalls = b.covered / b.total < national && points <= 0.0005;
            expect({ m, type, t: t.id, stalling: row![C.stalling] }).toEqual({
              m,
              type,
              t: t.id,
              stalling: stalls ? T.stallingMark : "",
            });
            if (b.covered === b.total) {
              expect(row![C.projection]).toBe(T.reached);
              expect(row![C.quarters]).toBe("");
            } else if (points <= 0.0005) expect(row![C.projection]).toBe(T.notAtThisPace);
            else {
              // Exactly, in integers: (1 − b) ÷ (b − a) = (Tb − Cb)·Ta ÷ (Cb·Ta − Ca·Tb), rounded up,
              // per quarter (the periods are one quarter apart).
              const missing = (b.total - b.covered) * a.total;
              const gain = b.covered * a.total - a.covered * b.total;
              const quarters = Math.ceil(missing / gain - 1e-9);
              expect(num(row![C.quarters])).toBe(quarters);
              expect(row![C.projection]).toBe(quarterAfter(latest, quarters));
            }
            checked++;
          }
      // Every generated (measure, type, territory), and each (measure, territory) over all types.
      const generated = [...q.figures.get(latest)!.keys()].flatMap((k) => {
        const [m, , t] = k.split("|");
        return [k, `${m}|all|${t}`];
      });
      expect(checked).toBe(new Set(generated).size);
      expect(checked).toBeGreaterThan(80 * 2); // 80 over all types, and more per type

      // National coverage per period: all types, then each type, for each measure.
      for (const period of q.periods) {
        const row = rows.find((r) => r[0] === period)!;
        MEASURE_IDS.forEach((m, k) =>
          ["all", ...ORG_TYPES].forEach((type, j) =>
            expect({ period, m, type, v: num(row[1 + k * 4 + j]) }).toEqual({
              period,
              m,
              type,
              v: expect.closeTo(nationalOf(period, m, type), 9),
            })
          )
        );
      }
    });

  it("a stated change that disagrees with the period before is an Audit finding whose live formula recomputes the change", async () => {
    const second = q.reports[1];
    const { report: altered, wrong } = withWrongStatedChange(second);
    const plan = planWorkbook([q.reports[0], altered, q.reports[2]]);
    const sheets = recalcToCsv(await xlsxBytes(planToExcelJs(plan), plan));
    const col = (key: (typeof AUDIT_KEYS)[number]) => AUDIT_KEYS.indexOf(key);
    const rows = sheets[SHEETS.audit].filter((r) => r[col("code")] === "stated-change-mismatch");
    expect(rows).toHaveLength(1);
    const before = q.figures.get(q.periods[0])!.get(figureKey(wrong))!;
    const after = q.figures.get(q.periods[1])!.get(figureKey(wrong))!;
    expect(num(rows[0][col("stated")])).toBe(after.covered - before.covered + 7);
    expect(num(rows[0][col("computed")])).toBe(after.covered - before.covered);
  });

  it("is not written with one period (nothing to compare)", () => {
    expect(planWorkbook([seedReport()]).sheets.map((s) => s.name)).not.toContain(SHEETS.trend);
  });
});
