/**
 * "Check workbook" against the strict in-memory Excel: it reads what the formulas computed (and,
 * where ExcelApi 1.19 allows, what the conditional formats show) and compares it with the report's
 * figures. A workbook that computes something else must be reported, cell by cell.
 */
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import {
  CHECKED_COLUMNS,
  type CheckRange,
  planChecks,
  planMapChecks,
  planRowChecks,
} from "../../src/workbook/checks";
import { measureName } from "../../src/domain/lang";
import { ORG_TYPE_NAMES } from "../../src/domain/orgTypes";
import { cellAddress } from "../../src/workbook/a1";
import { DATA_TABLE, SHEETS } from "../../src/workbook/layout";
import { workbookLabels } from "../../src/workbook/labels";
import { MAP_LAYOUT, MAP_NO_FIGURE, mapTileCells } from "../../src/workbook/mapSheet";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES, type StrictContext } from "../strictExcel/host";
import { asUser, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const plan = planWorkbook([seed]);
const cells = (checks: CheckRange[]) =>
  checks.reduce((n, c) => n + c.expected.reduce((m, r) => m + r.length, 0), 0);
const DEFAULT_CHOICE = {
  measure: plan.options.measures[0],
  orgType: "all",
  period: plan.options.period,
};
// The data table, the views, the Summary, and the Map's two grids as the load leaves them.
const figures =
  planRowChecks(plan)!.rows.size * CHECKED_COLUMNS.length +
  cells(planChecks(plan)) +
  cells(planMapChecks(plan, DEFAULT_CHOICE));
const lastLoad = {
  kind: "loaded" as const,
  created: [],
  updated: [],
  syncs: 2,
  largestRequestBytes: 123456,
  largestResponseBytes: 789,
  warnings: [],
};

describe("Check workbook", () => {
  it("finds every figure Excel computed equal to the report, and every highlight where 1.19 reads it (web)", async () => {
    await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    const check = await checkWorkbook(plan, { lastLoad, lambda: "works" });
    expect(figures).toBeGreaterThan(1000);
    expect(check.checked).toBe(figures);
    expect(check.mismatches).toEqual([]);
    expect(check.marks).toEqual({ checked: 240, mismatches: [] });
    expect(check.diagnostics).toContain("ExcelApi: 1.20");
    expect(check.diagnostics).toContain("SharedRuntime: 1.2");
    expect(check.diagnostics).toContain("LAMBDA (=COVERAGE name): works");
    expect(check.diagnostics).toContain("Last load: 2 syncs, largest request 123456 bytes");
    expect(check.diagnostics).toContain(`Figures compared: ${figures}; mismatches: 0`);
  });

  it("reports the cells that differ when a figure in the table was changed (the user's edit)", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    const first = seed.records[0];
    // Row 2 of the Coverage sheet is the first record; its Covered doubled beyond its Total.
    await asUser(host, (c) => {
      c.workbook.worksheets
        .getItem("Coverage")
        .getRange("A2")
        .getOffsetRange(0, COLUMN_INDEX.covered).values = [[first.total + 5]];
    });
    const check = await checkWorkbook(plan, {});
    const labels = new Set(check.mismatches.map((m) => m.label));
    expect([...labels]).toEqual(
      expect.arrayContaining([
        "CoverageData[Uncovered]",
        "CoverageData[Coverage]",
        "Summary: national coverage, covered, total",
      ])
    );
    expect([...labels].some((l) => l.endsWith(" view"))).toBe(true);
    const coverage = check.mismatches.find((m) => m.label === "CoverageData[Coverage]")!;
    expect(coverage).toMatchObject({
      sheet: "Coverage",
      excel: (first.total + 5) / first.total,
      expected: first.covered / first.total,
    });
    expect(check.mismatches.find((m) => m.label === "CoverageData[Uncovered]")).toMatchObject({
      excel: -5,
      expected: first.total - first.covered,
    });
    expect(check.diagnostics).toMatch(/mismatches: [1-9]/);
    expect(check.diagnostics).toContain(`Coverage!${coverage.cell}`);
  });

  it("checks the Map's tiles for what its selectors show now, and names a tile that differs", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    const map = planMapChecks(plan, DEFAULT_CHOICE);
    expect(cells(map)).toBe(140);
    // Every tile has its name, and its figure or the mark: 40 cells on each grid; figures on one.
    for (const grid of map) expect(grid.expected.flat().filter((v) => v !== "").length).toBe(40);
    expect(map.flatMap((g) => g.expected.flat()).some((v) => typeof v === "number")).toBe(true);
    // The user picks turnstiles in schools: the city grid has figures, the region grid the mark.
    const choose = (row: number, value: string) =>
      asUser(host, (c) => {
        c.workbook.worksheets
          .getItem(SHEETS.map)
          .getRange(cellAddress(row, MAP_LAYOUT.valueCol)).values = [[value]];
      });
    await choose(MAP_LAYOUT.measureRow, measureName("turnstile", "en"));
    await choose(MAP_LAYOUT.orgTypeRow, ORG_TYPE_NAMES.school.en);
    const chosen = await checkWorkbook(plan, {});
    expect(chosen.mismatches).toEqual([]);
    expect(chosen.checked).toBe(figures);
    const turnstiles = planMapChecks(plan, {
      ...DEFAULT_CHOICE,
      measure: "turnstile",
      orgType: "school",
    });
    expect(turnstiles[0].expected.flat()).not.toContainEqual(expect.any(Number));
    expect(turnstiles[1].expected.flat()).toContainEqual(expect.any(Number));
    expect(turnstiles).not.toEqual(map);

    // A figure typed over a tile is named, cell and grid.
    const tile = mapTileCells("city")[0];
    await asUser(host, (c) => {
      c.workbook.worksheets.getItem(SHEETS.map).getRange(cellAddress(tile.row, tile.col)).values = [
        [0.5],
      ];
    });
    const typed = await checkWorkbook(plan, {});
    expect(typed.mismatches).toEqual([
      expect.objectContaining({
        sheet: SHEETS.map,
        cell: cellAddress(tile.row, tile.col),
        label: expect.stringMatching(/^Map view: Large cities/),
        excel: 0.5,
      }),
    ]);
    expect(typed.mismatches[0].expected).not.toBe(MAP_NO_FIGURE);
  });

  it("checks the rest when the user deleted the Map sheet; a period typed in lower case counts as Excel's SUMIFS counts it", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    await asUser(host, (c) => {
      c.workbook.worksheets
        .getItem(SHEETS.map)
        .getRange(cellAddress(MAP_LAYOUT.periodRow, MAP_LAYOUT.valueCol)).values = [
        [plan.options.period.toLowerCase()],
      ];
    });
    expect(plan.options.period.toLowerCase()).not.toBe(plan.options.period);
    const lower = await checkWorkbook(plan, {});
    expect(lower.mismatches).toEqual([]);
    expect(lower.checked).toBe(figures);

    await asUser(host, (c) => c.workbook.worksheets.getItem(SHEETS.map).delete());
    const check = await checkWorkbook(plan, {});
    expect(check.mismatches).toEqual([]);
    expect(check.checked).toBe(figures - cells(planMapChecks(plan, DEFAULT_CHOICE)));
  });

  it("says why highlights are not read where ExcelApi 1.19 is missing (Excel 2021)", async () => {
    await userWorkbook(PROFILES.excel2021);
    await loadPlanIntoExcel(plan);
    const check = await checkWorkbook(plan, {});
    expect(check.mismatches).toEqual([]);
    expect(check.checked).toBe(figures);
    expect(check.marks).toEqual({ unavailable: expect.stringContaining("ExcelApi 1.19") });
    expect(check.diagnostics).toContain("ExcelApi: 1.14");
    expect(check.diagnostics).toContain("Highlights: not read");
  });

  it("reports a highlight Excel shows differently from the report (a rule the user removed)", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    await asUser(host, (c) => {
      c.workbook.worksheets.getItem("Coverage").getRange().conditionalFormats.clearAll();
    });
    const check = await checkWorkbook(plan, {});
    expect(check.mismatches).toEqual([]);
    const marks = check.marks as { checked: number; mismatches: unknown[] };
    expect(marks.checked).toBe(240);
    expect(marks.mismatches.length).toBeGreaterThan(0);
    expect(marks.mismatches[0]).toMatchObject({
      sheet: "Coverage",
      label: "highlight",
      excel: null,
    });
  });
});

describe("Check workbook finds each row by its key, as the user keeps the table", () => {
  const C = workbookLabels("en").coverageColumns;
  const sortAndFilter = (c: StrictContext) => {
    const table = c.workbook.tables.getItem(DATA_TABLE);
    table.sort.apply([{ key: COLUMN_INDEX.coverage, ascending: false }]);
    table.columns.getItem(C.orgType).filter.applyValuesFilter(["school"]);
  };

  it.each([PROFILES.web, PROFILES.excel2021].map((p) => [p.id, p] as const))(
    "sorted by Coverage, highest first, and filtered to schools: every figure, 0 mismatches (%s)",
    async (_id, profile) => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(plan);
      await asUser(host, sortAndFilter);
      const table = host.model.table(DATA_TABLE)!;
      expect(host.model.hiddenRows(table).length).toBeGreaterThan(100);
      const check = await checkWorkbook(plan, {});
      expect(check.mismatches).toEqual([]);
      expect(check.checked).toBe(figures);
      expect(check.unchecked).toEqual({ rows: 0, columns: [] });
      if (profile === PROFILES.web) expect(check.marks).toEqual({ checked: 240, mismatches: [] });
    }
  );

  it("a column of the user's inside the table moves the others: each is found by its header", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    await asUser(host, (c) => {
      c.workbook.tables.getItem(DATA_TABLE).columns.add(2, undefined, "My notes");
      sortAndFilter(c);
    });
    const check = await checkWorkbook(plan, {});
    expect(check.mismatches).toEqual([]);
    expect(check.checked).toBe(figures);
    // A figure changed by hand is named at the cell where it now stands.
    const table = host.model.table(DATA_TABLE)!;
    const row = 5;
    const coveredCol = table.rect.c0 + table.columnIndex(C.covered);
    await asUser(host, (c) => {
      c.workbook.worksheets.getItem(SHEETS.data).getRange(cellAddress(row, coveredCol)).values = [
        [0],
      ];
    });
    const edited = await checkWorkbook(plan, {});
    const cells = edited.mismatches.filter((m) => m.sheet === SHEETS.data).map((m) => m.cell);
    expect(cells).toContain(cellAddress(row, table.rect.c0 + table.columnIndex(C.coverage)));
  });

  it("a row the user deleted is named as missing; a column whose header is gone is said as not checked", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    await asUser(host, (c) => c.workbook.tables.getItem(DATA_TABLE).rows.getItemAt(0).delete());
    const check = await checkWorkbook(plan, {});
    const r = seed.records[0];
    const missing = check.mismatches.filter((m) => m.label === "row missing from the data table");
    expect(missing).toHaveLength(1);
    expect(missing[0].expected).toContain(r.period);
    await asUser(host, (c) => {
      c.workbook.worksheets
        .getItem(SHEETS.data)
        .getRange(cellAddress(0, COLUMN_INDEX.check)).values = [["Verdict"]];
    });
    const renamed = await checkWorkbook(plan, {});
    expect(renamed.unchecked.columns).toEqual(["check"]);
  });
});

describe("Check workbook's rows, as SUMIFS would count them", () => {
  it("a key typed in another case is the same row; a table deleted is one line, not one per row", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(plan);
    await asUser(host, (c) => {
      c.workbook.worksheets
        .getItem(SHEETS.data)
        .getRange(cellAddress(1, COLUMN_INDEX.period)).values = [
        [seed.records[0].period.toLowerCase()],
      ];
    });
    const lower = await checkWorkbook(plan, {});
    expect(lower.mismatches).toEqual([]);
    expect(lower.checked).toBe(figures);
    await asUser(host, (c) => c.workbook.tables.getItem(DATA_TABLE).delete());
    const gone = await checkWorkbook(plan, {});
    const missing = gone.mismatches.filter((m) => m.cell === "");
    expect(missing).toEqual([
      expect.objectContaining({ label: "the data table is missing", expected: DATA_TABLE }),
    ]);
  });
});
