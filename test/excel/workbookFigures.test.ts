/**
 * What the report writer reads from Excel: the data table's figures as they are now, the
 * analyst's edits included, found by the headers whatever the table's order.
 */
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { readWorkbookFigures } from "../../src/excel/workbookFigures";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { withTableFigures } from "../../src/workbook/edits";
import { DATA_TABLE } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { seedReport } from "../helpers/seed";
import { asUser, userWorkbook } from "../helpers/strictHost";

describe("the workbook's figures, for the report writer", () => {
  it("reads the table as the analyst left it: an edited figure, rows sorted; a workbook without it is null", async () => {
    const host = await userWorkbook();
    expect(await readWorkbookFigures()).toBeNull();
    const seed = seedReport();
    await loadPlanIntoExcel(planWorkbook([seed], { lang: "ru" }));
    const i = seed.records.findIndex(
      (r) => r.measure === "turnstile" && r.orgType === "school" && r.territoryId === "KZ-75"
    );
    await asUser(host, (c) => {
      const table = c.workbook.tables.getItem(DATA_TABLE);
      table.getDataBodyRange().getCell(i, COLUMN_INDEX.covered).values = [[200]];
      table.sort.apply([{ key: COLUMN_INDEX.coverage, ascending: false }]);
    });
    const figures = (await readWorkbookFigures())!;
    expect(figures).toHaveLength(240);
    const { records, edited } = withTableFigures(seed.records, figures);
    expect(edited).toBe(1);
    expect(records[i]).toMatchObject({ covered: 200, total: 214 });
    expect(records.filter((r, k) => r !== seed.records[k])).toHaveLength(1);
  });
});
