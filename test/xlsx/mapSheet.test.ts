/**
 * The Map sheet recomputed by LibreOffice: for every measure, type (all included) and period, each
 * tile equals the data core's figure (queryFigures), "—" where the data core has none or the grid
 * is not the measure's level, and no cell shows an error. One workbook per language holds a copy
 * of the Map sheet per selection (the selector cells set as a user would pick them from the
 * dropdowns), so each language takes one LibreOffice run.
 */
import type ExcelJS from "exceljs";
import { CoverageDataset } from "../../src/analysis/dataset";
import { queryFigures } from "../../src/analysis/query";
import { measureName } from "../../src/domain/lang";
import { type Level, type Measure, MEASURE_IDS, measureInfo } from "../../src/domain/measures";
import { ORG_TYPE_NAMES, type OrgTypeOrAll } from "../../src/domain/orgTypes";
import { territoryById, territoryName } from "../../src/domain/territories";
import { SHEETS, WORKBOOK_LANGS, type WorkbookLang } from "../../src/workbook/layout";
import {
  MAP_LAYOUT,
  MAP_NO_FIGURE,
  MAP_SCALE,
  mapTileCells,
  mapTypes,
} from "../../src/workbook/mapSheet";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { planToExcelJs, xlsxBytes } from "../../src/xlsx/writeXlsx";
import { describeWith } from "../helpers/engineGate";
import { num, recalcToCsv, SOFFICE } from "../helpers/libreoffice";
import { oneUp, seedReport } from "../helpers/seed";

const seed = seedReport();
// Two periods, so the period selector matters: the second has every covered count one up.
const reports = [seed, oneUp(seed, "2023-Q2")];
const ds = new CoverageDataset(reports);
const PERIODS = ["2023-Q1", "2023-Q2"];

interface Selection {
  sheet: string;
  measure: Measure;
  type: OrgTypeOrAll;
  period: string;
}

/** The plan's Map sheet with its three selector cells set to a selection, under another name. */
function mapCopy(map: PlanSheet, s: Selection, lang: WorkbookLang): PlanSheet {
  const L = MAP_LAYOUT;
  const at = map.blocks.findIndex((b) => b.row === L.measureRow && b.col === L.valueCol);
  if (at < 0) throw new Error("the Map sheet has no selector cells");
  const blocks = [...map.blocks];
  blocks[at] = {
    ...blocks[at],
    cells: [[measureName(s.measure, lang)], [ORG_TYPE_NAMES[s.type][lang]], [s.period]],
  };
  return { ...map, name: s.sheet, blocks };
}

function selections(plan: WorkbookPlan): Selection[] {
  const out: Selection[] = [];
  for (const measure of MEASURE_IDS)
    for (const type of mapTypes(plan.options))
      for (const period of PERIODS) out.push({ sheet: `Map_${out.length}`, measure, type, period });
  return out;
}

/** What the data core says a tile shows: covered ÷ total, or null for "—". */
function expected(level: Level, territoryId: string, s: Selection): number | null {
  if (measureInfo(s.measure).level !== level) return null;
  const t = territoryById(territoryId)!;
  const f = queryFigures(ds, t.nameRu, s.type, s.measure, s.period);
  return f.ok ? f.value.covered / f.value.total : null;
}

async function recalcMaps(lang: WorkbookLang) {
  const plan = planWorkbook(reports, { lang });
  const map = plan.sheets.find((s) => s.name === SHEETS.map)!;
  const chosen = selections(plan);
  const withCopies: WorkbookPlan = {
    ...plan,
    sheets: [...plan.sheets, ...chosen.map((s) => mapCopy(map, s, lang))],
  };
  const wb: ExcelJS.Workbook = planToExcelJs(withCopies);
  const sheets = recalcToCsv(await xlsxBytes(wb, withCopies));
  return { plan, map, chosen, sheets, wb };
}

describeWith({ LibreOffice: SOFFICE }, "the Map sheet, recomputed by LibreOffice", () => {
  describe.each(WORKBOOK_LANGS)("in %s", (lang) => {
    let r: Awaited<ReturnType<typeof recalcMaps>>;
    beforeAll(async () => {
      r = await recalcMaps(lang);
    }, 240_000);

    it("offers every measure, type (with all) and loaded period in its dropdowns", () => {
      const rows = r.sheets[SHEETS.map];
      const L = MAP_LAYOUT;
      const list = (k: number, n: number) =>
        rows.slice(L.listRow + 1, L.listRow + 1 + n).map((row) => row[L.listCol + k]);
      expect(list(1, 4)).toEqual([...MEASURE_IDS]);
      expect(list(3, 4)).toEqual(["kindergarten", "school", "college", "all"]);
      expect(list(4, 2)).toEqual(PERIODS);
      // The .xlsx carries the dropdowns and the colour scales, as the plan has them.
      const ws = r.wb.getWorksheet(SHEETS.map)!;
      for (const v of r.map.validations!) {
        const dv = ws.getCell(v.range).dataValidation;
        expect({ type: dv.type, formulae: dv.formulae }).toEqual({
          type: "list",
          formulae: [v.listSource],
        });
      }
      expect(r.map.validations).toHaveLength(3);
      expect(r.map.colorScales!.map((c) => c.points)).toEqual([MAP_SCALE, MAP_SCALE]);
    });

    it("shows each tile's name in the workbook's language over its figure", () => {
      const rows = r.sheets[SHEETS.map];
      for (const level of ["region", "city"] as const)
        for (const tile of mapTileCells(level))
          expect(rows[tile.row - 1][tile.col]).toBe(
            territoryName(territoryById(tile.territoryId)!, lang)
          );
    });

    it("every tile equals the data core's figure, for every measure, type and period", () => {
      let figures = 0;
      let dashes = 0;
      expect(r.chosen).toHaveLength(MEASURE_IDS.length * 4 * PERIODS.length);
      for (const s of r.chosen) {
        const rows = r.sheets[s.sheet];
        expect(rows[MAP_LAYOUT.measureRow][MAP_LAYOUT.idCol]).toBe(s.measure);
        expect(rows[MAP_LAYOUT.orgTypeRow][MAP_LAYOUT.idCol]).toBe(s.type);
        for (const level of ["region", "city"] as const)
          for (const tile of mapTileCells(level)) {
            const want = expected(level, tile.territoryId, s);
            const got = rows[tile.row][tile.col];
            const where = { ...s, level, tile: tile.territoryId };
            if (want === null) {
              dashes++;
              expect({ ...where, got }).toEqual({ ...where, got: MAP_NO_FIGURE });
            } else {
              figures++;
              expect({ ...where, isNumber: num(got) !== null }).toEqual({
                ...where,
                isNumber: true,
              });
              expect(num(got)).toBeCloseTo(want, 12);
            }
          }
      }
      // Each selection fills one grid (20 tiles) and dashes the other.
      expect(figures).toBe(r.chosen.length * 20);
      expect(dashes).toBe(r.chosen.length * 20);
    });

    it("the two periods differ where the data does, so the period cell is read", () => {
      const q1 = r.chosen.find(
        (s) => s.measure === "turnstile" && s.type === "school" && s.period === "2023-Q1"
      )!;
      const q2 = r.chosen.find(
        (s) => s.measure === "turnstile" && s.type === "school" && s.period === "2023-Q2"
      )!;
      const [almaty] = mapTileCells("city").filter((t) => t.territoryId === "KZ-75");
      expect(num(r.sheets[q2.sheet][almaty.row][almaty.col])).toBeGreaterThan(
        num(r.sheets[q1.sheet][almaty.row][almaty.col])!
      );
    });

    it("no cell of the Map sheets shows an error", () => {
      for (const [name, rows] of Object.entries(r.sheets)) {
        if (!name.startsWith("Map")) continue;
        const bad = rows.flat().filter((c) => /Err:|#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A/.test(c));
        expect({ name, bad }).toEqual({ name, bad: [] });
      }
    });
  });
});
