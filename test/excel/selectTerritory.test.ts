import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { selectTerritoryRows, territoryRowBlocks } from "../../src/excel/selectTerritory";
import { territoryById } from "../../src/domain/territories";
import type { TerritoryRows } from "../../src/host/paneHost";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES, type StrictExcelHost } from "../strictExcel/host";
import { userWorkbook } from "../helpers/strictHost";
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

describe("selecting a territory's rows in the data table", () => {
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
        [r.period, r.measure, territoryById(r.territoryId)?.iso ?? r.territoryId, r.orgType].join(
          "|"
        )
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

  it.each(
    cases.map((c) => [`${c.territoryId}, ${c.measure}, ${c.orgType}, ${c.period}`, c] as const)
  )("selects exactly the rows of %s, every area at once (RangeAreas)", async (_name, sel) => {
    const host = await userWorkbook(PROFILES.excel2021);
    await loadPlanIntoExcel(plan);
    const want = expected(sel);
    expect(want.length).toBe(sel.orgType === "all" ? 3 : 1);
    await expect(selectTerritoryRows(plan, sel)).resolves.toBe(want.length);
    expect(host.active).toBe(SHEETS.data);
    // Each area the host selected holds one of the territory's rows, as Excel shows them.
    expect((await selectedRows(host)).map(key).sort()).toEqual(want);
    expect(host.selected.split(",")).toHaveLength(territoryRowBlocks(plan, sel).length);
  });

  it("where Excel lacks RangeAreas (ExcelApi 1.8), selects the first of the rows", async () => {
    const host = await userWorkbook({
      ...PROFILES.macMin,
      sets: { ...PROFILES.macMin.sets, ExcelApi: "1.8" },
    });
    await loadPlanIntoExcel(plan);
    const sel = cases[0];
    await expect(selectTerritoryRows(plan, sel)).resolves.toBe(1);
    const rows = await selectedRows(host);
    expect(rows).toHaveLength(1);
    expect(expected(sel)).toContain(key(rows[0]));
  });

  it("answers 0, selecting nothing, when the table has none of the rows", async () => {
    const host = await userWorkbook();
    const onlyVideo = planWorkbook(reports, { measures: ["video"] });
    await loadPlanIntoExcel(onlyVideo);
    await expect(selectTerritoryRows(onlyVideo, cases[0])).resolves.toBe(0);
    expect(host.selected).toBe("");
    expect(territoryRowBlocks(onlyVideo, cases[0])).toEqual([]);
  });
});
