import type ExcelJS from "exceljs";
import { auditReport } from "../../src/analysis/audit";
import { CoverageDataset } from "../../src/analysis/dataset";
import { queryFigures } from "../../src/analysis/query";
import { type Measure, MEASURE_IDS, measureInfo } from "../../src/domain/measures";
import { ORG_TYPES, type OrgTypeOrAll } from "../../src/domain/orgTypes";
import type { Report } from "../../src/domain/report";
import { TERRITORIES, territoriesAt, territoryById } from "../../src/domain/territories";
import { measureName } from "../../src/domain/lang";
import { cellAddress, columnLetter, shiftRows } from "../../src/workbook/a1";
import { COLUMN_INDEX, coverageColumns } from "../../src/workbook/coverageTable";
import { workbookLabels } from "../../src/workbook/labels";
import {
  AUDIT_KEYS,
  COVERAGE_KEYS,
  VIEW_SHEETS,
  WORKBOOK_LANGS,
  type WorkbookLang,
} from "../../src/workbook/layout";
import { VIEW_LAYOUT, viewGroups } from "../../src/workbook/measureViews";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { defaultPlanOptions, planWorkbook } from "../../src/workbook/planWorkbook";
import { planToExcelJs, xlsxBytes } from "../../src/xlsx/writeXlsx";
import { describeWith } from "../helpers/engineGate";
import { num, recalcToCsv, SOFFICE } from "../helpers/libreoffice";
import { oneUp, seedReport } from "../helpers/seed";

const PROBE_COL = 40; // far right of every sheet: one probe column per rule

/**
 * Test-only: next to each conditional format, the same formula in plain cells (moved row by row as
 * Excel moves a rule's relative references), so LibreOffice evaluates exactly what the rule tests.
 */
function addProbes(
  wb: ExcelJS.Workbook,
  plan: WorkbookPlan
): Map<string, { col: number; meaning: string; range: string }[]> {
  const probes = new Map<string, { col: number; meaning: string; range: string }[]>();
  for (const sheet of plan.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    const list: { col: number; meaning: string; range: string }[] = [];
    sheet.conditionalFormats.forEach((rule, k) => {
      const [from, to] = rule.range.split(":");
      const first = Number(/\d+/.exec(from)![0]);
      const last = Number(/\d+/.exec(to ?? from)![0]);
      for (let r = first; r <= last; r++)
        ws.getCell(r, PROBE_COL + k + 1).value = {
          formula: shiftRows(rule.formula, r - first).slice(1),
        } as ExcelJS.CellFormulaValue;
      list.push({ col: PROBE_COL + k, meaning: rule.meaning, range: rule.range });
    });
    probes.set(sheet.name, list);
  }
  return probes;
}

async function recalc(reports: Report[], overrides = {}, edit?: (wb: ExcelJS.Workbook) => void) {
  const plan = planWorkbook(reports, overrides);
  const wb = planToExcelJs(plan);
  const probes = addProbes(wb, plan);
  edit?.(wb);
  // As writeXlsx writes it, table parts included (LibreOffice reads the tables from them).
  const sheets = recalcToCsv(await xlsxBytes(wb, plan));
  return { plan, sheets, probes };
}

const TERRITORY_IDS = new Set(TERRITORIES.flatMap((t) => [t.id, t.iso ?? t.id]));
const seed = seedReport();
const ds = new CoverageDataset([seed]);
/** A record's territory as the workbook in `lang` names it: the report's words, or in Kazakh the official name. */
const named = (lang: WorkbookLang, r: Report["records"][number]) =>
  lang === "kk" ? territoryById(r.territoryId)!.nameKk : r.territoryName;
const national = (m: Measure, t: OrgTypeOrAll) => {
  const f = queryFigures(ds, "Казахстан", t, m);
  if (!f.ok) throw new Error(f.error.message);
  return f.value.covered / f.value.total;
};

// Every suite runs on the workbook in each language: the formulas name the columns by their
// headers, so the Russian workbook's structured references are Russian and must compute the same.
describeWith({ LibreOffice: SOFFICE }, "the exported workbook, recomputed by LibreOffice", () => {
  describe.each(WORKBOOK_LANGS)("in %s", (lang) => {
    const L = workbookLabels(lang);
    let result: Awaited<ReturnType<typeof recalc>>;
    beforeAll(async () => {
      result = await recalc([seed], { lang });
    }, 180_000);

    it("is written in its language: the tables' headers, the views', the titles and the legend", () => {
      expect(result.sheets.Coverage[0].slice(0, COVERAGE_KEYS.length)).toEqual(
        coverageColumns(lang).map((c) => c.name)
      );
      expect(result.sheets.Summary[0][0]).toBe(L.summary.title);
      expect(result.sheets.Summary[3].slice(0, 8)).toEqual([
        L.summary.measure,
        L.orgTypes.kindergarten,
        L.orgTypes.school,
        L.orgTypes.college,
        L.allTypes,
        L.summary.covered,
        L.summary.total,
        L.summary.stated,
      ]);
      expect(result.sheets.Turnstile[VIEW_LAYOUT.headerRow].slice(0, 5)).toEqual([
        L.territory,
        L.territoryId,
        L.view.covered(L.orgTypes.kindergarten),
        L.view.total(L.orgTypes.kindergarten),
        L.view.share(L.orgTypes.kindergarten),
      ]);
      expect(result.sheets.Settings[12][0]).toBe(L.settings.legend);
      expect(result.sheets.Settings[13][0]).toBe(L.settings.below);
      expect(result.sheets.Audit[2].slice(0, AUDIT_KEYS.length)).toEqual(
        AUDIT_KEYS.map((k) => L.audit.columns[k])
      );
    });

    it("shows the Summary's reader names, not ids: no measure id, no territory code", () => {
      const cells = result.sheets.Summary.flat();
      for (const id of MEASURE_IDS) expect(cells).not.toContain(id);
      const codes = cells.filter((c) => /^KZ-\d+$/.test(c) || TERRITORY_IDS.has(c));
      expect(codes).toEqual([]);
      expect(cells).not.toContain(L.territoryId);
    });

    it("has every sheet, and no cell shows an error", () => {
      expect(Object.keys(result.sheets).sort()).toEqual([
        "Audit",
        "Coverage",
        "Guard",
        "Map",
        "Panic",
        "Settings",
        "Summary",
        "Turnstile",
        "Video",
      ]);
      for (const [name, rows] of Object.entries(result.sheets)) {
        const bad = rows.flat().filter((c) => /Err:|#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A/.test(c));
        expect({ name, bad }).toEqual({ name, bad: [] });
      }
    });

    it("recomputes Uncovered, Coverage and Check in every data row as the data core does", () => {
      const rows = result.sheets.Coverage.slice(1, 1 + seed.records.length);
      expect(rows).toHaveLength(240);
      rows.forEach((row, i) => {
        const rec = seed.records[i];
        expect(row[COLUMN_INDEX.territory]).toBe(named(lang, rec));
        expect(num(row[COLUMN_INDEX.uncovered])).toBe(rec.total - rec.covered);
        expect(num(row[COLUMN_INDEX.coverage])).toBeCloseTo(rec.covered / rec.total, 12);
      });
      const differs = rows
        .filter((r) => r[COLUMN_INDEX.check] !== L.check.ok)
        .map((r) => [r[COLUMN_INDEX.territory], r[COLUMN_INDEX.measure], r[COLUMN_INDEX.orgType]]);
      expect(differs).toEqual([["Семей", "turnstile", "college"]]);
      expect(
        rows.find(
          (r) =>
            r[COLUMN_INDEX.territory] === "Семей" &&
            r[COLUMN_INDEX.measure] === "turnstile" &&
            r[COLUMN_INDEX.orgType] === "college"
        )![COLUMN_INDEX.check]
      ).toBe(L.check.differs);
    });

    it("recomputes every view cell (SUMIFS over the table) as the data core does", () => {
      const groups = viewGroups(defaultPlanOptions([seed]));
      for (const measure of MEASURE_IDS) {
        const rows = result.sheets[VIEW_SHEETS[measure]];
        territoriesAt(measureInfo(measure).level).forEach((t, i) => {
          const row = rows[VIEW_LAYOUT.firstRow + i];
          groups.forEach((g, k) => {
            const f = queryFigures(ds, t.id === "KZ" ? "Казахстан" : t.nameRu, g, measure);
            if (!f.ok) throw new Error(f.error.message);
            const c = VIEW_LAYOUT.firstGroupCol + 3 * k;
            expect([num(row[c]), num(row[c + 1])]).toEqual([f.value.covered, f.value.total]);
            expect(num(row[c + 2])).toBeCloseTo(f.value.covered / f.value.total, 12);
          });
        });
        const total = rows[VIEW_LAYOUT.firstRow + territoriesAt(measureInfo(measure).level).length];
        expect(num(total[VIEW_LAYOUT.firstGroupCol + 3 * 3 + 2])).toBeCloseTo(
          national(measure, "all"),
          12
        );
      }
    });

    it("recomputes the national figures and the default targets", () => {
      MEASURE_IDS.forEach((m, i) => {
        const summary = result.sheets.Summary[4 + i];
        expect(summary[0]).toBe(measureName(m, lang));
        ["kindergarten", "school", "college", "all"].forEach((t, j) =>
          expect(num(summary[1 + j])).toBeCloseTo(national(m, t as OrgTypeOrAll), 12)
        );
        const settings = result.sheets.Settings[6 + i];
        expect(settings[0]).toBe(m);
        ["kindergarten", "school", "college", "all"].forEach((t, j) =>
          expect(num(settings[1 + j])).toBeCloseTo(national(m, t as OrgTypeOrAll), 12)
        );
      });
    });

    it("recomputes each audit finding's computed figure as the audit does", () => {
      const findings = auditReport(seed);
      const rows = result.sheets.Audit.slice(3, 3 + findings.length);
      expect(rows.map((r) => [r[1], num(r[7]), num(r[8]), r[9]])).toEqual(
        findings.map((f) => [f.code, f.stated, f.computed, L.audit.differs])
      );
    });

    it("highlights exactly the rows below the target, and far below under half of it", () => {
      const probes = result.probes.get("Coverage")!;
      const rows = result.sheets.Coverage.slice(1, 241);
      const expected = (meaning: string) =>
        seed.records
          .map((r, i) => ({
            i,
            cov: r.covered / r.total,
            target: national(r.measure, r.orgType),
          }))
          .filter((x) => (meaning === "farBelow" ? x.cov < 0.5 * x.target : x.cov < x.target))
          .map((x) => x.i);
      for (const p of probes) {
        const flagged = rows.map((r, i) => (r[p.col] === "TRUE" ? i : -1)).filter((i) => i >= 0);
        expect(flagged).toEqual(expected(p.meaning));
        expect(flagged.length).toBeGreaterThan(10);
      }
      // The views mark the same territories.
      const turnstile = result.probes.get(VIEW_SHEETS.turnstile)!;
      const kgBelow = turnstile.find(
        (p) =>
          p.meaning === "below" && p.range.startsWith(columnLetter(VIEW_LAYOUT.firstGroupCol + 2))
      )!;
      const names = result.sheets.Turnstile.slice(VIEW_LAYOUT.firstRow, VIEW_LAYOUT.firstRow + 20)
        .filter((r) => r[kgBelow.col] === "TRUE")
        .map((r) => r[0]);
      const target = national("turnstile", "kindergarten");
      expect(names).toEqual(
        seed.records
          .filter(
            (r) =>
              r.measure === "turnstile" &&
              r.orgType === "kindergarten" &&
              r.covered / r.total < target
          )
          .map((r) => named(lang, r))
      );
    });
  });
});

describeWith(
  { LibreOffice: SOFFICE },
  "live: the workbook follows edits without the add-in",
  () => {
    describe.each(WORKBOOK_LANGS)("in %s", (lang) => {
      it("a fixed target in Settings changes what is highlighted", async () => {
        const { sheets, probes } = await recalc([seed], {
          thresholds: { "video|school": 0.95 },
          lang,
        });
        const p = probes
          .get(VIEW_SHEETS.video)!
          .find(
            (x) =>
              x.meaning === "below" &&
              x.range.startsWith(columnLetter(VIEW_LAYOUT.firstGroupCol + 5))
          )!;
        const flagged = sheets.Video.slice(VIEW_LAYOUT.firstRow, VIEW_LAYOUT.firstRow + 20)
          .filter((r) => r[p.col] === "TRUE")
          .map((r) => r[0]);
        expect(flagged).toEqual(
          seed.records
            .filter(
              (r) => r.measure === "video" && r.orgType === "school" && r.covered / r.total < 0.95
            )
            .map((r) => named(lang, r))
        );
        // 493/536 = 92%: lagging only under the fixed target.
        expect(flagged).toContain(lang === "kk" ? "Ақмола облысы" : "Акмолинская");
      }, 120_000);

      it("an edited figure in the data table flows into the views and the summary", async () => {
        const index = seed.records.findIndex(
          (r) => r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75"
        );
        const { sheets } = await recalc([seed], { lang }, (wb) => {
          wb.getWorksheet("Coverage")!.getCell(cellAddress(1 + index, COLUMN_INDEX.covered)).value =
            200;
        });
        const almaty = sheets.Turnstile[VIEW_LAYOUT.firstRow + 1];
        expect(almaty[0]).toBe("Алматы");
        expect(num(almaty[VIEW_LAYOUT.firstGroupCol + 3])).toBe(200);
        expect(num(almaty[VIEW_LAYOUT.firstGroupCol + 5])).toBeCloseTo(200 / 214, 12);
        expect(num(sheets.Summary[4 + MEASURE_IDS.indexOf("turnstile")][5])).toBe(1425 + 100);
      }, 120_000);

      it("a colleague without the add-in: two periods, every add-in sheet computes, nothing of it needs EDU.*; their own EDU.* cell is #NAME?", async () => {
        const { plan, sheets } = await recalc([seed, oneUp(seed)], { lang }, (wb) => {
          // A cell of the user's own that calls the add-in's function, as they typed it.
          wb.addWorksheet("Mine").getCell("A1").value = {
            formula: 'EDU.COVERAGE("Алматы","school","turnstile")',
          } as ExcelJS.CellFormulaValue;
        });
        const own = plan.sheets.map((x) => x.name);
        expect(own).toContain("Trend");
        const note = workbookLabels(lang).settings.notes("")[2];
        for (const name of own) {
          const bad = sheets[name].flat().filter((c) => /Err:|#NAME\?|#REF!|#VALUE!|#N\/A/.test(c));
          expect({ name, bad }).toEqual({ name, bad: [] });
        }
        // No formula the add-in wrote calls the add-in (its cells, rules and names).
        const formulas: string[] = [];
        JSON.stringify(plan, (key, value: unknown) => {
          if ((key === "formula" || key === "refersTo") && typeof value === "string")
            formulas.push(value);
          return value;
        });
        expect(formulas.length).toBeGreaterThan(1000);
        expect(formulas.filter((f) => /EDU\.|COVERAGE\(/i.test(f))).toEqual([]);
        // What a colleague sees in their own cell: #NAME? (Excel, too, until the add-in is installed).
        expect(sheets.Mine[0][0]).toMatch(/^(#NAME\?|Err:\d+)$/);
        // And the Settings sheet says so in one line.
        expect(sheets.Settings.flat()).toContain(note);
      }, 180_000);

      it("writes report text as text, even when it looks like a formula (a Kazakh workbook: the official names, whatever the report wrote)", async () => {
        const tricky = ["=1+1", "+7", "-3", "@SUM(A1)"];
        const records = seed.records
          .slice(0, 4)
          .map((r, i) => ({ ...r, territoryName: tricky[i] }));
        const { sheets } = await recalc([{ ...seed, records }], { orgTypes: ORG_TYPES, lang });
        expect(sheets.Coverage.slice(1, 5).map((r) => r[COLUMN_INDEX.territory])).toEqual(
          lang === "kk" ? records.map((r) => territoryById(r.territoryId)!.nameKk) : tricky
        );
      }, 120_000);
    });
  }
);
