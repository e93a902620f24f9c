import { hostMessage, notice } from "../../src/host/hostMessages";
import { buildPivot } from "../../src/excel/pivot";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { DATA_TABLE } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES } from "../strictExcel/host";
import { asUser, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";

describe("buildPivot", () => {
  it("builds rows Territory, columns Org type, values Covered and Total, filter Measure, over the data table", async () => {
    const host = await userWorkbook(PROFILES.excel2021);
    const plan = planWorkbook([seedReport()]);
    await loadPlanIntoExcel(plan);
    await expect(buildPivot(plan.pivot)).resolves.toEqual({ built: true });
    expect(host.snapshot().pivots).toEqual([
      {
        name: "CoveragePivot",
        sheet: "Pivot",
        anchor: "A3",
        source: DATA_TABLE,
        fields: {
          rows: ["Territory"],
          columns: ["Org type"],
          data: ["Covered", "Total"],
          filters: ["Measure"],
        },
      },
    ]);
    // Built again: the add-in's own Pivot sheet is reused, the old pivot replaced.
    await expect(buildPivot(plan.pivot)).resolves.toEqual({ built: true });
    expect(host.snapshot().pivots).toHaveLength(1);
  });

  it("never writes into a sheet named Pivot that the user made", async () => {
    const host = await userWorkbook();
    const plan = planWorkbook([seedReport()]);
    await loadPlanIntoExcel(plan);
    await asUser(
      host,
      (c) => (c.workbook.worksheets.add("Pivot").getRange("A1").values = [["mine"]])
    );
    const before = host.snapshot();
    const result = await buildPivot(plan.pivot);
    expect(result).toMatchObject({ built: false });
    expect(result).toEqual({
      built: false,
      reason: notice("pivot-sheet-taken", { sheet: "Pivot" }),
    });
    if (!result.built)
      expect(hostMessage(result.reason, "en")).toMatch(
        /'Pivot' already exists and was not made by this add-in/
      );
    expect(host.snapshot()).toEqual(before);
  });

  it("says why where ExcelApi 1.8 is missing", async () => {
    await userWorkbook({ ...PROFILES.macMin, sets: { ...PROFILES.macMin.sets, ExcelApi: "1.7" } });
    const result = await buildPivot(planWorkbook([seedReport()]).pivot);
    expect(result).toEqual({ built: false, reason: notice("pivot-needs-1.8") });
    if (!result.built) expect(hostMessage(result.reason, "en")).toMatch(/need ExcelApi 1\.8/);
  });
});
