/**
 * The Trend sheet through the Office.js writer, on the strict in-memory Excel: every formula
 * evaluates (no #REF!, #NAME?, #VALUE!), and there is a line chart per measure.
 */
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { TREND_COLUMNS } from "../../src/workbook/trendSheet";
import { PROFILES } from "../strictExcel/host";
import { quarters } from "../helpers/quarters";
import { userWorkbook } from "../helpers/strictHost";

describe.each(Object.values(PROFILES).map((p) => [p.id, p] as const))(
  "the Trend sheet in Excel (%s)",
  (_id, profile) => {
    it("two quarters: every formula evaluates, a line chart per measure, statuses as the figures say", async () => {
      const host = await userWorkbook(profile);
      const q = quarters(2, 3);
      const plan = planWorkbook(q.reports);
      const outcome = await loadPlanIntoExcel(plan);
      expect(outcome).toMatchObject({ kind: "loaded" });
      const sheet = host.model.sheet(SHEETS.trend)!;
      let formulas = 0;
      const statuses = new Set<unknown>();
      for (const [k, cell] of sheet.cells)
        if (cell.f) {
          const [r, c] = [Math.floor(k / 16384), k % 16384];
          const v = host.model.value(SHEETS.trend, r, c);
          expect({
            at: `${r}:${c}`,
            v: typeof v === "object" && v !== null ? v.error : "ok",
          }).toEqual({ at: `${r}:${c}`, v: "ok" });
          // The per-territory block: its rows start with a measure id.
          const first = sheet.cell(r, 0)?.v;
          if (
            c === TREND_COLUMNS.status &&
            typeof first === "string" &&
            plan.options.measures.includes(first as never)
          )
            statuses.add(v);
          formulas++;
        }
      expect(formulas).toBeGreaterThan(80 * 6);
      expect([...statuses]).toEqual(expect.arrayContaining(["improved", "unchanged", "worse"]));
      expect(sheet.charts.map((c) => c.name)).toEqual([
        "Trend_video",
        "Trend_guard",
        "Trend_panic",
        "Trend_turnstile",
      ]);
      // Each line in its plan's colour: set on the line, which is what a line chart shows.
      const planned = plan.sheets.find((s) => s.name === SHEETS.trend)!.charts;
      expect(sheet.charts.map((c) => c.series.map((s) => s.lineColor))).toEqual(
        planned.map((c) => c.series.map((s) => s.color))
      );
    });
  }
);
