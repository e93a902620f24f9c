/**
 * While the user is editing a cell, Excel refuses every batch (the strict host models it:
 * test/strictExcel/host.ts, editingCell). Reads wait it out with a short backoff, then say to
 * finish editing; writes refuse at once with the same sentence and change nothing.
 */
import { CELL_EDIT_BACKOFF_MS } from "../../src/excel/cellEdit";
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { readStoredRecipe } from "../../src/excel/ownedSheets";
import { selectTerritoryRows } from "../../src/excel/selectTerritory";
import { friendlyError } from "../../src/taskpane/friendlyError";
import { SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { seedReport } from "../helpers/seed";
import { userWorkbook } from "../helpers/strictHost";
import type { StrictExcelHost } from "../strictExcel/host";
import { loadStrings } from "../../src/taskpane/i18n";

// The pane's words for what Excel refused, in each language (the page fetches one at a time).
beforeAll(() => Promise.all((["en", "ru", "kk"] as const).map(loadStrings)));

const plan = planWorkbook([seedReport()]);
const almaty = {
  territoryId: "KZ-75",
  measure: "turnstile",
  orgType: "all",
  period: "2023-Q2",
} as const;

/** The user opens a cell now and leaves it after `ms`. */
function editFor(host: StrictExcelHost, ms: number): void {
  host.editingCell = true;
  setTimeout(() => (host.editingCell = false), ms);
}

describe("a cell being edited", () => {
  let host: StrictExcelHost;
  beforeEach(async () => {
    host = await userWorkbook();
    await loadPlanIntoExcel(plan);
  });

  it.each([
    ["Check workbook", () => checkWorkbook(plan)],
    ["selecting a territory's rows", () => selectTerritoryRows(almaty)],
    ["reading the stored recipe", () => readStoredRecipe()],
  ] as const)("%s waits for the edit to end, then reads", async (_name, read) => {
    editFor(host, 500);
    const answer = await read();
    expect(host.refusedForCellEdit).toBeGreaterThanOrEqual(2);
    expect(host.editingCell).toBe(false);
    expect(answer).toBeTruthy();
  });

  it("a read still refused after the backoff says to finish editing the cell, in each language", async () => {
    host.editingCell = true;
    const error = await checkWorkbook(plan).catch((e: unknown) => e);
    expect(host.refusedForCellEdit).toBe(1 + CELL_EDIT_BACKOFF_MS.length);
    expect(friendlyError(error, "en")).toMatch(/Finish editing the cell/);
    expect(friendlyError(error, "ru")).toMatch(/Завершите ввод/);
    expect(friendlyError(error, "kk")).toMatch(/Ұяшықты өңдеуді аяқтаңыз/);
  }, 15_000);

  it("a load refuses at once, changes nothing, and says to finish editing the cell", async () => {
    const before = JSON.stringify(host.model.sheet(SHEETS.data)!.cells);
    host.editingCell = true;
    const error = await loadPlanIntoExcel(planWorkbook([seedReport()], { lang: "ru" })).catch(
      (e: unknown) => e
    );
    expect(host.refusedForCellEdit).toBe(1);
    expect(friendlyError(error, "en")).toMatch(/Finish editing the cell/);
    host.editingCell = false;
    expect(JSON.stringify(host.model.sheet(SHEETS.data)!.cells)).toBe(before);
  });
});
