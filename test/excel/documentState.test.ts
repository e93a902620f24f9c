/**
 * The add-in's state in the workbook across an analyst's quarters: a load, an import added as a
 * period, a reload; a workbook saved, closed and opened again (the strict host renumbers every id
 * Microsoft does not promise to keep, and the add-in's modules start afresh); a workbook saved by
 * the version before this one. Each time the reload loads, with exactly the add-in's three slicers
 * and the user's own slicer on the same table untouched.
 */
import { DatasetStore } from "../../src/analysis/datasetStore";
import { excelPaneHost } from "../../src/excel/excelPaneHost";
import {
  OWNED_SHEETS_SETTING,
  OWNED_SLICERS_SETTING,
  PLAN_RECIPE_SETTING,
} from "../../src/excel/ownedSheets";
import { IMPORTS_SETTING, restoreImports } from "../../src/excel/storedImports";
import type { PaneHost } from "../../src/host/paneHost";
import { renderReport } from "../../src/report/renderReport";
import { workbookLabels } from "../../src/workbook/labels";
import { DATA_TABLE, SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { oneUp, seedReport } from "../helpers/seed";
import { asUser, periods, userWorkbook } from "../helpers/strictHost";
import { PROFILES, type StrictExcelHost } from "../strictExcel/host";

const seed = seedReport();
const q2 = oneUp(seed);
const options = { replaceEdited: false, onProgress: () => undefined };
const ADDIN_SLICERS = ["CoverageSlicer_period", "CoverageSlicer_measure", "CoverageSlicer_orgType"];

/** The pane after the workbook is opened again: a runtime with its own copy of every module. */
async function freshPane(): Promise<PaneHost> {
  let pane: PaneHost | undefined;
  await jest.isolateModulesAsync(async () => {
    pane = (await import("../../src/excel/excelPaneHost")).excelPaneHost;
  });
  return pane!;
}

/** A slicer of the user's on the add-in's data table, on the same field as one of the add-in's. */
async function userSlicer(host: StrictExcelHost): Promise<void> {
  await asUser(host, (c) => {
    c.workbook.slicers.add(DATA_TABLE, workbookLabels("en").coverageColumns.period, "Notes");
  });
}

const slicerNames = (host: StrictExcelHost) => host.model.slicers.map((s) => s.name).sort();

describe.each([PROFILES.web, PROFILES.excel2021, PROFILES.macMin].map((p) => [p.id, p] as const))(
  "the add-in's state across quarters (%s)",
  (_id, profile) => {
    it("Load, Add as period, Load again: the second load loads, and nothing the first wrote is lost", async () => {
      const host = await userWorkbook(profile);
      const first = planWorkbook([seed]);
      await expect(excelPaneHost.load(first, options)).resolves.toMatchObject({ kind: "loaded" });
      await userSlicer(host);
      const before = slicerNames(host);
      const store = new DatasetStore([seed]);
      const text = renderReport(q2);
      await excelPaneHost.saveImports(store.importedTextsWith(q2, text), () =>
        store.addImported(q2, text)
      );
      for (const key of [OWNED_SHEETS_SETTING, PLAN_RECIPE_SETTING, IMPORTS_SETTING])
        expect(host.model.settings.has(key)).toBe(true);
      const second = planWorkbook([seed, q2]);
      await expect(
        excelPaneHost.load(second, { ...options, previous: first })
      ).resolves.toMatchObject({
        kind: "loaded",
      });
      expect(slicerNames(host)).toEqual(before);
      expect(before).toEqual([...ADDIN_SLICERS, "Period"].sort());
      expect(host.model.table(DATA_TABLE)!.rect.rows).toBe(481);
    });

    it("Load, save and reopen, Load again: the add-in finds its sheets and slicers by what persists", async () => {
      const host = await userWorkbook(profile);
      const first = planWorkbook([seed]);
      await excelPaneHost.load(first, options);
      await userSlicer(host);
      const before = slicerNames(host);
      const ids = host.model.slicers.map((s) => s.id);
      host.reopen();
      expect(host.model.slicers.map((s) => s.id).some((id) => ids.includes(id))).toBe(false);
      const pane = await freshPane();
      const outcome = await pane.load(planWorkbook([seed, q2]), { ...options, previous: first });
      expect(outcome).toMatchObject({ kind: "loaded" });
      expect(slicerNames(host)).toEqual(before);
      expect((host.model.settings.get(OWNED_SLICERS_SETTING) as unknown[]).length).toBe(3);
    });
  }
);

describe("a workbook saved by the version before this one", () => {
  /** What that version left: its slicers recorded by id, its imports through the Common API. */
  async function legacyWorkbook(): Promise<StrictExcelHost> {
    const host = await userWorkbook(PROFILES.web);
    await excelPaneHost.load(planWorkbook([seed]), options);
    await userSlicer(host);
    host.model.settings.set(
      OWNED_SLICERS_SETTING,
      host.model.slicers
        .filter((s) => ADDIN_SLICERS.includes(s.name))
        .map((s) => ({ id: String(s.id), name: s.name }))
    );
    // Were the Common API's settings a store of their own, the imports would be there alone.
    Office.context.document.settings.set(IMPORTS_SETTING, [
      { period: q2.period, text: renderReport(q2) },
    ]);
    return host;
  }

  it("opens: its imports are restored, and a reload keeps its three slicers (by name), the user's untouched", async () => {
    const host = await legacyWorkbook();
    const before = slicerNames(host);
    const store = new DatasetStore([seed]);
    expect(await restoreImports(store)).toBe(1);
    const outcome = await excelPaneHost.load(planWorkbook([seed, q2]), {
      ...options,
      previous: planWorkbook([seed]),
    });
    expect(outcome).toMatchObject({ kind: "loaded" });
    expect(slicerNames(host)).toEqual(before);
    expect(host.model.settings.get(OWNED_SLICERS_SETTING)).toEqual(
      ADDIN_SLICERS.map((name) =>
        expect.objectContaining({ name, slicer: name, sheet: SHEETS.summary })
      )
    );
  });

  it("whose slicers have new ids after a reopen: the same", async () => {
    const host = await legacyWorkbook();
    const before = slicerNames(host);
    host.reopen();
    const pane = await freshPane();
    await pane.load(planWorkbook([seed, q2]), { ...options, previous: planWorkbook([seed]) });
    expect(slicerNames(host)).toEqual(before);
  });
});

describe("a slicer is the add-in's only by its name, its sheet and its items", () => {
  it("a user's slicer renamed to a recorded name, on another sheet or on another field, is left alone", async () => {
    const host = await userWorkbook(PROFILES.web);
    const plan = planWorkbook([seed]);
    await excelPaneHost.load(plan, options);
    const C = workbookLabels("en").coverageColumns;
    await asUser(host, (c) => {
      // The add-in's period slicer deleted; the user's slicer on the territory column takes its name.
      c.workbook.slicers.getItem("CoverageSlicer_period").delete();
      c.workbook.slicers.add(DATA_TABLE, C.territory, SHEETS.summary).name =
        "CoverageSlicer_period";
    });
    const user = host.model.slicer("CoverageSlicer_period")!;
    await excelPaneHost.load(plan, { ...options, previous: plan });
    expect(host.model.slicer("CoverageSlicer_period")).toBe(user);
    expect(user.caption).toBe(C.territory);
    expect(slicerNames(host)).toEqual([...ADDIN_SLICERS, "CoverageSlicer_period_2"].sort());
  });
});

describe("the add-in's slicers, found again whatever happened to them", () => {
  const C = workbookLabels("en").coverageColumns;

  it("a slicer of the add-in's that stands is never renamed: a batch Excel refuses leaves the record true", async () => {
    const host = await userWorkbook(PROFILES.web);
    await asUser(host, (c) => c.workbook.worksheets.add("Mine"));
    const plan = planWorkbook([seed]);
    // The user's own slicer holds the plan's name for the period slicer: the add-in's is _2.
    await excelPaneHost.load(plan, options);
    await asUser(host, (c) => {
      c.workbook.slicers.getItem("CoverageSlicer_period").name = "Keep";
      c.workbook.slicers.add(DATA_TABLE, C.region, "Mine").name = "CoverageSlicer_period";
    });
    await excelPaneHost.load(plan, { ...options, previous: plan });
    expect(slicerNames(host)).toContain("CoverageSlicer_period_2");
    // The user deletes theirs; a reload's slicer batch then fails at its last operation (the
    // slicers' batch is the reload's last but the lock's release, 2 syncs).
    await asUser(host, (c) => c.workbook.slicers.getItem("CoverageSlicer_period").delete());
    const before = host.syncs;
    await excelPaneHost.load(plan, { ...options, previous: plan });
    const reload = host.syncs - before;
    host.fail = { sync: host.syncs + reload - 2, at: "last" };
    const failed = await excelPaneHost.load(plan, { ...options, previous: plan });
    expect(failed).toMatchObject({ kind: "loaded", warnings: [{ code: "slicers-failed" }] });
    host.fail = null;
    await excelPaneHost.load(plan, { ...options, previous: plan });
    expect(slicerNames(host)).toEqual(
      ["Keep", "CoverageSlicer_period_2", "CoverageSlicer_measure", "CoverageSlicer_orgType"].sort()
    );
  });

  it("a blank cell in a slicer's column (a row the user typed) keeps the slicers the add-in's", async () => {
    const host = await userWorkbook(PROFILES.web);
    const plan = planWorkbook([seed]);
    await excelPaneHost.load(plan, options);
    await asUser(host, (c) => {
      c.workbook.worksheets.getItem(SHEETS.data).getRange("A2").values = [[""]];
    });
    await excelPaneHost.load(plan, { ...options, previous: plan, replaceEdited: true });
    expect(slicerNames(host)).toEqual([...ADDIN_SLICERS].sort());
  });

  it("a plan without slicers deletes the add-in's and records none", async () => {
    const host = await userWorkbook(PROFILES.web);
    const plan = planWorkbook([seed]);
    await excelPaneHost.load(plan, options);
    await userSlicer(host);
    await excelPaneHost.load({ ...plan, slicers: [] }, { ...options, previous: plan });
    expect(slicerNames(host)).toEqual(["Period"]);
    expect(host.model.settings.get(OWNED_SLICERS_SETTING)).toEqual([]);
  });

  it("a user's slicer whose selection filters the data table is cleared before rows are deleted (Excel 16.35), and said", async () => {
    const host = await userWorkbook(PROFILES.macMin);
    const two = planWorkbook(periods(2));
    await excelPaneHost.load(two, options);
    const table = host.model.table(DATA_TABLE)!;
    const territory = host.model.columnItems(table, table.columnIndex(C.territory))[0];
    await asUser(host, (c) => {
      c.workbook.slicers.add(DATA_TABLE, C.territory, "Notes").selectItems([territory]);
    });
    const outcome = await excelPaneHost.load(planWorkbook(periods(1)), {
      ...options,
      previous: two,
      replaceEdited: true,
    });
    expect(outcome).toMatchObject({
      kind: "loaded",
      warnings: [{ code: "slicer-selection-cleared", params: { table: DATA_TABLE } }],
    });
    expect(table.filtered).toBe(false);
    expect(slicerNames(host)).toContain(C.territory);
  });

  it("a legacy record whose add-in slicer was name_2 beside the user's name: after a reopen, the _2 one is the add-in's", async () => {
    const host = await userWorkbook(PROFILES.web);
    const plan = planWorkbook([seed]);
    await excelPaneHost.load(plan, options);
    // As the earlier version left it: the user's slicer named as the plan names the period one,
    // on the same sheet and field; the add-in's as _2; the record by ids.
    await asUser(host, (c) => {
      c.workbook.slicers.getItem("CoverageSlicer_period").name = "CoverageSlicer_period_2";
      c.workbook.slicers.add(DATA_TABLE, C.period, SHEETS.summary).name = "CoverageSlicer_period";
    });
    const user = host.model.slicer("CoverageSlicer_period")!;
    host.model.settings.set(
      OWNED_SLICERS_SETTING,
      host.model.slicers
        .filter((s) => s !== user)
        .map((s) => ({ id: String(s.id), name: s.name.replace(/_2$/, "") }))
    );
    host.reopen();
    const pane = await freshPane();
    await pane.load(plan, { ...options, previous: plan });
    expect(host.model.slicer("CoverageSlicer_period")).toBe(user);
    expect(slicerNames(host)).toEqual([...ADDIN_SLICERS, "CoverageSlicer_period_2"].sort());
  });
});
