/**
 * `cli workbook --lang kk`: the .xlsx the command line writes in Kazakh, recomputed by real
 * LibreOffice from its formulas alone. Two quarters' reports (so the Trend sheet is there too): no
 * sheet shows an error, and every formula cell computes what the same cell of the English workbook
 * computes (the Check, Status and Trend answers in their Kazakh words).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { territoryById } from "../../src/domain/territories";
import { COLUMN_INDEX, coverageColumns } from "../../src/workbook/coverageTable";
import { workbookLabels } from "../../src/workbook/labels";
import { COVERAGE_KEYS, DATA_TABLE, VIEW_SHEETS } from "../../src/workbook/layout";
import { VIEW_LAYOUT } from "../../src/workbook/measureViews";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { cli } from "../helpers/cli";
import { describeWith } from "../helpers/engineGate";
import { recalcToCsv, SOFFICE } from "../helpers/libreoffice";
import { quarters } from "../helpers/quarters";

const EN = workbookLabels("en");
const KK = workbookLabels("kk");
/** The formulas' text answers: the English workbook's word → the Kazakh workbook's. */
const ANSWERS = new Map<string, string>([
  [EN.check.ok, KK.check.ok],
  [EN.check.differs, KK.check.differs],
  [EN.audit.consistent, KK.audit.consistent],
  [EN.audit.differs, KK.audit.differs],
  [EN.trend.improved, KK.trend.improved],
  [EN.trend.unchanged, KK.trend.unchanged],
  [EN.trend.worse, KK.trend.worse],
  [EN.trend.stallingMark, KK.trend.stallingMark],
  [EN.trend.reached, KK.trend.reached],
  [EN.trend.notAtThisPace, KK.trend.notAtThisPace],
]);
const ERROR = /Err:\d+|#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!/;

/** Where the plan puts a formula: "Sheet!row,col" (0-based), blocks and tables' formula columns. */
function formulaCells(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const s of plan.sheets) {
    for (const b of s.blocks)
      b.cells.forEach((r, i) =>
        r.forEach((c, j) => {
          if (c !== null && typeof c === "object") out.push(`${s.name}!${b.row + i},${b.col + j}`);
        })
      );
    for (const t of s.tables)
      t.columns.forEach((c, j) => {
        if (c.formula)
          t.rows.forEach((_, i) => out.push(`${s.name}!${t.row + 1 + i},${t.col + j}`));
      });
  }
  return out;
}

describeWith({ LibreOffice: SOFFICE }, "cli workbook --lang kk, recomputed by LibreOffice", () => {
  const q = quarters(2, 7);
  const dir = mkdtempSync(join(tmpdir(), "cli-kk-"));
  const reports = q.texts.map((text, i) => {
    const file = join(dir, `q${i + 1}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const written: Record<"en" | "kk", Record<string, string[][]>> = { en: {}, kk: {} };
  const plans = {
    en: planWorkbook(q.reports, { lang: "en" }),
    kk: planWorkbook(q.reports, { lang: "kk" }),
  };

  beforeAll(async () => {
    for (const lang of ["en", "kk"] as const) {
      const out = join(dir, `coverage-${lang}.xlsx`);
      const args = ["workbook", "--out", out, ...reports.flatMap((f) => ["--report", f])];
      const r = await cli(...args, "--lang", lang);
      expect(r).toMatchObject({ code: 0, stderr: `wrote ${out}` });
      written[lang] = recalcToCsv(readFileSync(out));
    }
  }, 300_000);

  it("writes every sheet of the plan, in Kazakh: the data table's headers, the titles, the territories' official names", () => {
    const kk = written.kk;
    expect(Object.keys(kk).sort()).toEqual(plans.kk.sheets.map((s) => s.name).sort());
    expect(Object.keys(kk)).toContain("Trend");
    expect(kk.Coverage[0].slice(0, COVERAGE_KEYS.length)).toEqual(
      coverageColumns("kk").map((c) => c.name)
    );
    expect(kk.Summary[0][0]).toBe(KK.summary.title);
    expect(kk.Trend[0][0]).toBe(KK.trend.title);
    const rows = kk.Coverage.slice(1).filter((r) => r[COLUMN_INDEX.measure] !== "");
    expect(rows).toHaveLength(q.reports.flatMap((r) => r.records).length);
    for (const r of rows)
      expect(r[COLUMN_INDEX.territory]).toBe(territoryById(r[COLUMN_INDEX.territoryId])!.nameKk);
    expect(kk.Turnstile[VIEW_LAYOUT.firstRow + 1].slice(0, 2)).toEqual(["Алматы", "KZ-75"]);
    const video = kk[VIEW_SHEETS.video].map((r) => r[0]);
    expect(video).toContain("Ақтөбе облысы");
    expect(video).toContain("Қазақстан");
    expect(video).not.toContain("Актюбинская");
  });

  it("recomputes with no error on any sheet, in either language", () => {
    for (const lang of ["en", "kk"] as const)
      for (const [name, rows] of Object.entries(written[lang])) {
        const bad = rows.flat().filter((c) => ERROR.test(c));
        expect({ lang, name, bad }).toEqual({ lang, name, bad: [] });
      }
  });

  it("computes in every formula cell what the English workbook computes there", () => {
    const cells = formulaCells(plans.kk);
    // The same formulas in the same places, only the column names and the words differ.
    expect(cells).toEqual(formulaCells(plans.en));
    expect(cells.length).toBeGreaterThan(2000);
    const at = (lang: "en" | "kk", where: string) => {
      const [sheet, rc] = where.split("!");
      const [r, c] = rc.split(",").map(Number);
      return written[lang][sheet]?.[r]?.[c];
    };
    let numbers = 0;
    let answers = 0;
    for (const where of cells) {
      const [en, kk] = [at("en", where), at("kk", where)];
      expect({ where, known: en !== undefined }).toEqual({ where, known: true });
      expect({ where, kk }).toEqual({ where, kk: ANSWERS.get(en!) ?? en });
      if (en !== "" && !Number.isNaN(Number(en))) numbers++;
      if (ANSWERS.has(en!)) answers++;
    }
    expect(numbers).toBeGreaterThan(1500);
    expect(answers).toBeGreaterThan(400);
    // The figures themselves, as the report states them, stand where they stood.
    const covered = (lang: "en" | "kk") =>
      written[lang].Coverage.slice(1).map((r) => r[COLUMN_INDEX.covered]);
    expect(covered("kk")).toEqual(covered("en"));
    expect(plans.kk.sheets.flatMap((s) => s.tables).map((t) => t.name)).toContain(DATA_TABLE);
  });
});
