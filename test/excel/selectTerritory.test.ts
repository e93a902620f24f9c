/**
 * Selecting a territory's rows (the pane's map) and a finding's row (the Audit tab) in the data
 * table, on the strict host's three profiles: the rows are looked up in the table as it is (after
 * a user's sort too), all blocks at once only where RangeAreas.select is (ExcelApi 1.18).
 */
import type { Finding } from "../../src/analysis/audit";
import { excelPaneHost } from "../../src/excel/excelPaneHost";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { selectTerritoryRows } from "../../src/excel/selectTerritory";
import { territoryById } from "../../src/domain/territories";
import type { TerritoryRows } from "../../src/host/paneHost";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { DATA_TABLE, SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES, type StrictExcelHost } from "../strictExcel/host";
import { supports } from "../strictExcel/profiles";
import { asUser, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";
import { quarters } from "../helpers/quarters";

/** The rows Excel has selected on the data sheet, read back from the sheet itself. */
async function selectedRows(host: StrictExcelHost): Promise<unknown[][]> {
  const [sheet, addresses] = host.selected.split("!");
  expect(sheet).toBe(SHEETS.data);
  const rows: unknown[][] = [];
  await host.run(async (context) => {
    const ranges = addresses.split(",").map((a) => {
      const r = context.workbook.worksheets.getItem(sheet).getRange(a);
      r.load("values");
      return r;
    });
    await context.sync();
    for (const r of ranges) rows.push(...r.values);
  });
  return rows;
}

/** The user sorts the data table by coverage, highest first (TableSort.apply, ExcelApi 1.2). */
const sortByCoverage = (host: StrictExcelHost) =>
  asUser(host, (c) =>
    c.workbook.tables
      .getItem(DATA_TABLE)
      .sort.apply([{ key: COLUMN_INDEX.coverage, ascending: false }])
  );

const reports = [seedReport(), quarters(2, 13).reports[1]];
const plan = planWorkbook(reports);
const key = (r: readonly unknown[]) =>
  [COLUMN_INDEX.period, COLUMN_INDEX.measure, COLUMN_INDEX.territoryId, COLUMN_INDEX.orgType]
    .map((i) => r[i])
    .join("|");
/** The records the selection stands for, from the reports themselves. */
const expected = (sel: TerritoryRows) =>
  reports
    .flatMap((r) => r.records)
    .filter(
      (r) =>
        r.period === sel.period &&
        r.measure === sel.measure &&
        r.territoryId === sel.territoryId &&
        (sel.orgType === "all" || r.orgType === sel.orgType)
    )
    .map((r) =>
      [r.period, r.measure, territoryById(r.territoryId)?.iso ?? r.territoryId, r.orgType].join("|")
    )
    .sort();

const cases: TerritoryRows[] = [
  { territoryId: "KZ-75", measure: "turnstile", orgType: "all", period: "2023-Q2" },
  {
    territoryId: "city:karaganda-temirtau",
    measure: "panic",
    orgType: "school",
    period: "2023-Q1",
  },
  { territoryId: "KZ-35", measure: "video", orgType: "all", period: "2023-Q1" },
];

describe.each(Object.values(PROFILES).map((p) => [p.id, p] as const))(
  "selecting a territory's rows in the data table (%s)",
  (_id, profile) => {
    // RangeAreas.select is ExcelApi 1.18: only the web profile selects every block at once.
    const allAtOnce = supports(profile, "ExcelApi", "1.18");

    it.each(
      cases.map((c) => [`${c.territoryId}, ${c.measure}, ${c.orgType}, ${c.period}`, c] as const)
    )(
      `selects the rows of %s: ${allAtOnce ? "every block at once" : "the first block, and says how many of how many"}`,
      async (_name, sel) => {
        const host = await userWorkbook(profile);
        await loadPlanIntoExcel(plan);
        const want = expected(sel);
        expect(want.length).toBe(sel.orgType === "all" ? 3 : 1);
        const result = await selectTerritoryRows(sel);
        expect(result.rows).toBe(want.length);
        expect(host.active).toBe(SHEETS.data);
        const rows = (await selectedRows(host)).map(key);
        if (allAtOnce) {
          expect(result.selected).toBe(want.length);
          expect(rows.sort()).toEqual(want);
        } else {
          // The table lists a measure's types one after another: one block per type.
          expect(result.selected).toBe(1);
          expect(host.selected.split(",")).toHaveLength(1);
          expect(rows).toHaveLength(1);
          expect(want).toContain(rows[0]);
        }
      }
    );

    it("after the user sorts the table, selects the territory's rows where they are now", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(plan);
      const sel = cases[0];
      await selectTerritoryRows(sel);
      const before = host.selected;
      await sortByCoverage(host);
      const result = await selectTerritoryRows(sel);
      expect(result.rows).toBe(3);
      // The sort moved them: the plan's row positions would now select other territories' rows.
      expect(host.selected).not.toBe(before);
      const rows = (await selectedRows(host)).map(key);
      for (const row of rows) expect(expected(sel)).toContain(row);
      expect(rows).toHaveLength(result.selected);
    });

    it("a finding's row, after the user sorts the table, is its own row; else the Audit sheet's", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(plan);
      await sortByCoverage(host);
      const finding = {
        measure: "panic",
        orgType: "school",
        territoryId: "city:karaganda-temirtau",
      } as Finding;
      await excelPaneHost.selectFinding(finding, "2023-Q1", 0);
      expect((await selectedRows(host)).map(key)).toEqual(
        expected({ ...finding, period: "2023-Q1" } as TerritoryRows)
      );
      // A finding of no one territory (or of rows the table lacks): its row on the Audit sheet.
      await excelPaneHost.selectFinding({ ...finding, territoryId: null } as Finding, "2023-Q1", 2);
      expect(host.selected).toMatch(new RegExp(`^${SHEETS.audit}!`));
    });
  }
);

it("answers 0 rows, selecting nothing, when the table has none of them", async () => {
  const host = await userWorkbook();
  await loadPlanIntoExcel(planWorkbook(reports, { measures: ["video"] }));
  await expect(selectTerritoryRows(cases[0])).resolves.toEqual({ rows: 0, selected: 0 });
  expect(host.selected).toBe("");
});

it("the strict host refuses RangeAreas.select below ExcelApi 1.18 (TYPES: [Api set: ExcelApi 1.18])", async () => {
  const host = await userWorkbook(PROFILES.excel2021);
  await loadPlanIntoExcel(plan);
  await expect(
    host.run(async (c) => {
      c.workbook.worksheets.getItem(SHEETS.data).getRanges("A2:P2,A4:P4").select();
      await c.sync();
    })
  ).rejects.toThrow(/ApiNotFound/);
});
