/**
 * A load gives every sheet its print setup through PageLayout (ExcelApi 1.9), as the plan says;
 * a build below 1.9 loads all the same, with Excel's default page setup.
 */
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";
import { PROFILES } from "../strictExcel/host";

describe("the print setup, written by a load", () => {
  it("every sheet of the plan: landscape, fitted, its header; the Map's print area, the data's title row", async () => {
    const host = await userWorkbook(PROFILES.web);
    const plan = planWorkbook([seedReport()], { lang: "kk" });
    await loadPlanIntoExcel(plan);
    for (const sheet of plan.sheets) {
      const p = sheet.print!;
      expect({ sheet: sheet.name, print: host.model.sheet(sheet.name)!.print }).toEqual({
        sheet: sheet.name,
        print: {
          orientation: "Landscape",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: p.fitTall },
          centerHeader: p.centerHeader,
          rightHeader: "&D",
          ...(p.area ? { area: p.area } : {}),
          ...(p.titleRows ? { titleRows: p.titleRows } : {}),
        },
      });
    }
    expect(host.model.sheet(SHEETS.map)!.print.area).toBe("$A$1:$I$32");
    expect(host.model.sheet(SHEETS.data)!.print.titleRows).toBe("$1:$1");
    expect(host.model.sheet(SHEETS.summary)!.print.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
  });

  it("below ExcelApi 1.9: loaded, with Excel's default page setup", async () => {
    const host = await userWorkbook({
      ...PROFILES.macMin,
      sets: { ...PROFILES.macMin.sets, ExcelApi: "1.8" },
    });
    const plan = planWorkbook([seedReport()]);
    const outcome = await loadPlanIntoExcel(plan);
    expect(outcome.kind).toBe("loaded");
    for (const sheet of plan.sheets) expect(host.model.sheet(sheet.name)!.print).toEqual({});
  });
});
