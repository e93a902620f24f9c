/**
 * The Map sheet's dropdowns and colour scales and the slicers on the data table, written by the
 * Office.js writer into the strict in-memory Excel under its three profiles (each member gated by
 * its requirement set there), and under hosts that lack ExcelApi 1.10 or 1.8: those load without
 * the part they lack and say so in the load's warnings.
 */
import { CoverageDataset } from "../../src/analysis/dataset";
import { queryFigures } from "../../src/analysis/query";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { hostMessage } from "../../src/host/hostMessages";
import { measureName } from "../../src/domain/lang";
import { ORG_TYPE_NAMES } from "../../src/domain/orgTypes";
import { territoryById } from "../../src/domain/territories";
import { cellAddress } from "../../src/workbook/a1";
import { workbookLabels } from "../../src/workbook/labels";
import { DATA_TABLE, SHEETS } from "../../src/workbook/layout";
import { MAP_LAYOUT, MAP_NO_FIGURE, mapTileCells } from "../../src/workbook/mapSheet";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import {
  type HostProfile,
  PROFILES,
  type StrictContext,
  type StrictExcelHost,
} from "../strictExcel/host";
import { asUser, periods, userWorkbook } from "../helpers/strictHost";
import { OWNED_SLICERS_SETTING } from "../../src/excel/ownedSheets";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const ds = new CoverageDataset([seed]);
const profiles = Object.values(PROFILES);

const slicersOf = (host: StrictExcelHost) => host.snapshot().slicers;

function expectMapParts(host: StrictExcelHost) {
  const map = host.snapshot().sheets.find((s) => s.name === SHEETS.map)!;
  expect(map.validations).toEqual([
    ["B4", { type: "List", source: "Map!J5:J8", inCellDropDown: true }],
    ["B5", { type: "List", source: "Map!L5:L8", inCellDropDown: true }],
    ["B6", { type: "List", source: "Map!N5", inCellDropDown: true }],
  ]);
  // Each added at the top priority (ConditionalFormatCollection.add): the grids do not overlap, so by place.
  const scales = map.rules
    .filter((r) => r.kind === "colorScale")
    .sort((a, b) => Number(/\d+/.exec(a.rect)![0]) - Number(/\d+/.exec(b.rect)![0]));
  expect(scales.map((r) => [r.rect, r.colorScale])).toEqual(
    ["A9:G18", "A21:G30"].map((rect) => [
      rect,
      {
        minimum: { type: "Number", formula: "0", color: "#F1F6FB" },
        midpoint: { type: "Number", formula: "0.5", color: "#8FBCE3" },
        maximum: { type: "Number", formula: "1", color: "#3979B9" },
      },
    ])
  );
}

describe.each(profiles.map((p) => [p.id, p] as const))(
  "the Map sheet and slicers (%s)",
  (_id, profile) => {
    it("loads the dropdowns, the colour scales and three slicers on the Summary sheet, in the same 2 syncs", async () => {
      const host = await userWorkbook(profile);
      const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
      expect(outcome).toMatchObject({ kind: "loaded", syncs: 2, warnings: [] });
      // The slicers in their own batch after the load's 2: added, named and recorded in one sync.
      expect(host.syncs).toBe(3);
      expect(host.model.settings.get(OWNED_SLICERS_SETTING)).toEqual(
        host.model.slicers.map((x, i) => ({
          name: x.name,
          slicer: x.name,
          sheet: SHEETS.summary,
          key: ["period", "measureName", "orgTypeName"][i],
        }))
      );
      expectMapParts(host);
      const C = workbookLabels("en").coverageColumns;
      expect(slicersOf(host).map((s) => [s.name, s.caption, s.table, s.field, s.sheet])).toEqual([
        ["CoverageSlicer_period", "Period", DATA_TABLE, C.period, SHEETS.summary],
        ["CoverageSlicer_measure", "Measure", DATA_TABLE, C.measureName, SHEETS.summary],
        ["CoverageSlicer_orgType", "Organisation type", DATA_TABLE, C.orgTypeName, SHEETS.summary],
      ]);
      // Side by side, none over another, all above the Summary's first chart (row 11, 15 pt rows).
      const s = slicersOf(host);
      for (let i = 1; i < s.length; i++)
        expect(s[i].left).toBeGreaterThanOrEqual(s[i - 1].left + s[i - 1].width);
      for (const x of s) expect(x.top + x.height).toBeLessThanOrEqual(10 * 15);
    });

    it("its tiles compute as the data core says, for the selection a user picks", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(planWorkbook([seed]));
      await asUser(host, (c) => {
        c.workbook.worksheets
          .getItem(SHEETS.map)
          .getRange(cellAddress(MAP_LAYOUT.measureRow, MAP_LAYOUT.valueCol)).values = [
          [measureName("turnstile", "en")],
        ];
      });
      for (const level of ["region", "city"] as const)
        for (const tile of mapTileCells(level)) {
          const got = host.model.value(SHEETS.map, tile.row, tile.col);
          if (level === "region") expect(got).toBe(MAP_NO_FIGURE);
          else {
            const f = queryFigures(ds, territoryById(tile.territoryId)!.nameRu, "all", "turnstile");
            if (!f.ok) throw new Error(f.error.message);
            expect(got).toBeCloseTo(f.value.covered / f.value.total, 12);
          }
        }
    });

    it("a reload keeps its slicers (the same ones, by id: never a second set) and one rule per cell", async () => {
      const host = await userWorkbook(profile);
      const plan = planWorkbook([seed]);
      await loadPlanIntoExcel(plan);
      const first = host.snapshot();
      const ids = host.model.slicers.map((x) => x.id);
      host.trace = [];
      const outcome = await loadPlanIntoExcel(plan, { previous: plan });
      expect(outcome).toMatchObject({ kind: "loaded", warnings: [] });
      expect(host.trace.filter((t) => t.op === "slicer.delete" || t.op === "slicers.add")).toEqual(
        []
      );
      expect(host.model.slicers.map((x) => x.id)).toEqual(ids);
      expect(host.snapshot()).toEqual(first);
    });

    it("a reload keeps what the user chose on the Map (in the reload's language) where the new lists offer it; a failed one too", async () => {
      const host = await userWorkbook(profile);
      const [q1, q2, q3] = periods(3);
      await loadPlanIntoExcel(planWorkbook([q1, q2]));
      const map = (c: StrictContext) => c.workbook.worksheets.getItem(SHEETS.map);
      const selectors = () =>
        [MAP_LAYOUT.measureRow, MAP_LAYOUT.orgTypeRow, MAP_LAYOUT.periodRow].map((r) => [
          host.model.value(SHEETS.map, r, MAP_LAYOUT.valueCol),
          host.model.value(SHEETS.map, r, MAP_LAYOUT.idCol),
        ]);
      await asUser(host, (c) => {
        map(c).getRange(cellAddress(MAP_LAYOUT.measureRow, MAP_LAYOUT.valueCol)).values = [
          [measureName("turnstile", "en")],
        ];
        map(c).getRange(cellAddress(MAP_LAYOUT.orgTypeRow, MAP_LAYOUT.valueCol)).values = [
          [ORG_TYPE_NAMES.school.en],
        ];
        map(c).getRange(cellAddress(MAP_LAYOUT.periodRow, MAP_LAYOUT.valueCol)).values = [
          [q1.period!],
        ];
      });
      const en = planWorkbook([q1, q2]);
      // The default would be the first measure, all types and the latest period.
      expect([en.options.measures[0], en.options.period]).not.toContain("turnstile");
      expect(en.options.period).not.toBe(q1.period);

      const ru = planWorkbook([q1, q2, q3], { lang: "ru" });
      expect(await loadPlanIntoExcel(ru, { previous: en })).toMatchObject({ kind: "loaded" });
      const kept = [
        [measureName("turnstile", "ru"), "turnstile"],
        [ORG_TYPE_NAMES.school.ru, "school"],
        [q1.period, ""],
      ];
      expect(selectors()).toEqual(kept);

      // A failed reload leaves the Map as the user had it.
      const before = host.snapshot();
      host.syncs = 0;
      host.fail = { sync: 3, at: "last" };
      await expect(
        loadPlanIntoExcel(planWorkbook([q2, q3], { lang: "kk" }), { previous: ru })
      ).rejects.toThrow("simulated failure of sync 3");
      expect(host.snapshot()).toEqual(before);
      expect(selectors()).toEqual(kept);

      // A period the new reports lack falls back to the plan's own; the rest is kept.
      host.fail = null;
      const kk = planWorkbook([q2, q3], { lang: "kk" });
      await loadPlanIntoExcel(kk, { previous: ru });
      expect(selectors()).toEqual([
        [measureName("turnstile", "kk"), "turnstile"],
        [ORG_TYPE_NAMES.school.kk, "school"],
        [kk.options.period, ""],
      ]);
    });

    it("a reload moves what the user left as the load wrote it: the newest period comes with the new report", async () => {
      const host = await userWorkbook(profile);
      const [q1, q2, q3] = periods(3);
      const two = planWorkbook([q1, q2]);
      await loadPlanIntoExcel(two);
      const period = () => host.model.value(SHEETS.map, MAP_LAYOUT.periodRow, MAP_LAYOUT.valueCol);
      expect(period()).toBe(q2.period);
      // Only the type chosen: the period written by the load follows the next load.
      await asUser(host, (c) => {
        c.workbook.worksheets
          .getItem(SHEETS.map)
          .getRange(cellAddress(MAP_LAYOUT.orgTypeRow, MAP_LAYOUT.valueCol)).values = [
          [ORG_TYPE_NAMES.college.en],
        ];
      });
      await loadPlanIntoExcel(planWorkbook([q1, q2, q3]), { previous: two });
      expect(period()).toBe(q3.period);
      expect(host.model.value(SHEETS.map, MAP_LAYOUT.orgTypeRow, MAP_LAYOUT.idCol)).toBe("college");
    });

    it("a reload in Russian puts the slicers on the renamed columns", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(planWorkbook([seed]));
      await loadPlanIntoExcel(planWorkbook([seed], { lang: "ru" }), {
        previous: planWorkbook([seed]),
      });
      const C = workbookLabels("ru").coverageColumns;
      expect(slicersOf(host).map((s) => [s.caption, s.field])).toEqual([
        ["Период", C.period],
        ["Мера", C.measureName],
        ["Тип организаций", C.orgTypeName],
      ]);
      expectMapParts(host);
    });
  }
);

describe("a host without the sets", () => {
  const lacking = (ExcelApi: string): HostProfile => ({
    ...PROFILES.macMin,
    id: `ExcelApi ${ExcelApi}`,
    label: `Excel with ExcelApi ${ExcelApi}`,
    sets: { ...PROFILES.macMin.sets, ExcelApi },
  });

  it("without ExcelApi 1.10 loads without slicers, and the warning says so in en, ru and kk", async () => {
    const host = await userWorkbook(lacking("1.9"));
    const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
    if (outcome.kind !== "loaded") throw new Error(outcome.kind);
    expect(outcome.warnings).toEqual([{ code: "slicers-need-1.10", params: { sheet: "Summary" } }]);
    expect(slicersOf(host)).toEqual([]);
    expectMapParts(host);
    expect(hostMessage(outcome.warnings[0], "en")).toMatch(/ExcelApi 1\.10.*Summary/);
    expect(hostMessage(outcome.warnings[0], "ru")).toMatch(/Срезы не добавлены/);
    expect(hostMessage(outcome.warnings[0], "kk")).toMatch(/Кесінділер қосылмады/);
  });

  it("without ExcelApi 1.8 loads without dropdowns (the lists stay on the sheet), and says so", async () => {
    const host = await userWorkbook(lacking("1.7"));
    const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
    if (outcome.kind !== "loaded") throw new Error(outcome.kind);
    expect(outcome.warnings.map((w) => w.code)).toEqual([
      "dropdowns-need-1.8",
      "slicers-need-1.10",
    ]);
    const map = host.snapshot().sheets.find((s) => s.name === SHEETS.map)!;
    expect(map.validations).toEqual([]);
    expect(host.model.value(SHEETS.map, MAP_LAYOUT.listRow + 1, MAP_LAYOUT.listCol + 1)).toBe(
      "video"
    );
  });
});

describe("the strict host's rules for these members", () => {
  async function loaded(): Promise<StrictExcelHost> {
    const host = await userWorkbook();
    await loadPlanIntoExcel(planWorkbook([seed]));
    return host;
  }

  it("a slicer needs a table source, an existing column, and a name no other slicer has", async () => {
    const host = await loaded();
    const add = (source: string, field: string) =>
      host.run(async (c) => {
        c.workbook.slicers.add(source, field, "Notes");
        await c.sync();
      });
    await expect(add("NoSuchTable", "Period")).rejects.toThrow(/InvalidArgument.*neither/);
    await expect(add(DATA_TABLE, "No such column")).rejects.toThrow(/has no column/);
    await expect(
      host.run(async (c) => {
        c.workbook.slicers.add(DATA_TABLE, "Period", "Notes").name = "CoverageSlicer_PERIOD";
        await c.sync();
      })
    ).rejects.toThrow(/ItemAlreadyExists/);
    await expect(
      host.run(async (c) => {
        c.workbook.slicers.getItem("CoverageSlicer_period").width = 0;
        await c.sync();
      })
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("a list validation takes one row or column (or comma-separated values), and one criterion", async () => {
    const host = await loaded();
    const set = (rule: (ws: ReturnType<typeof sheet>) => Record<string, unknown>) =>
      host.run(async (c) => {
        const ws = c.workbook.worksheets.getItem("Notes");
        ws.getRange("D1").dataValidation.rule = rule(ws as never) as never;
        await c.sync();
      });
    const sheet = (ws: { getRange(a: string): unknown }) => ws;
    await expect(
      set((ws) => ({ list: { inCellDropDown: true, source: ws.getRange("A1:B2") } }))
    ).rejects.toThrow(/single row or column/);
    await expect(
      set((ws) => ({ list: { source: ws.getRange("A1:A2") }, custom: { formula: "=TRUE" } }))
    ).rejects.toThrow(/exactly one criterion/);
    await set(() => ({ list: { inCellDropDown: true, source: "1,2,3" } }));
    expect(host.model.sheet("Notes")!.validations.size).toBe(1);
  });

  it("a colour scale needs a minimum and a maximum, and takes no fill or formula of a custom rule", async () => {
    const host = await loaded();
    const scale = (f: (cf: Excel.ConditionalFormat) => void) =>
      host.run(async (c) => {
        const cf = c.workbook.worksheets
          .getItem("Notes")
          .getRange("A1:A2")
          .conditionalFormats.add("ColorScale" as never);
        f(cf as never);
        await c.sync();
      });
    await expect(
      scale((cf) => (cf.colorScale.criteria = { minimum: { type: "LowestValue" } } as never))
    ).rejects.toThrow(/minimum and a maximum/);
    await expect(scale((cf) => (cf.custom.format.fill.color = "#FF0000"))).rejects.toThrow(
      /ColorScale conditional format/
    );
  });
});

describe("the slicers' own batch", () => {
  it("a slicer Excel refuses is a warning of the load, which stands; none of the batch is left", async () => {
    const host = await userWorkbook();
    const plan = planWorkbook([seed]);
    // Syncs 1 and 2 are the load's; 3 adds the slicers.
    host.fail = { sync: 3, at: "middle" };
    const outcome = await loadPlanIntoExcel(plan);
    if (outcome.kind !== "loaded") throw new Error(outcome.kind);
    expect(outcome.warnings).toEqual([
      {
        code: "slicers-failed",
        params: { sheet: "Summary", reason: expect.stringMatching(/simulated failure of sync 3/) },
      },
    ]);
    expect(slicersOf(host)).toEqual([]);
    expect(host.model.settings.has(OWNED_SLICERS_SETTING)).toBe(false);
    expect(host.snapshot().tables.map((t) => t.name)).toContain(DATA_TABLE);
    expectMapParts(host);
    expect(hostMessage(outcome.warnings[0], "en")).toMatch(/data is loaded, but the slicers/);
    expect(hostMessage(outcome.warnings[0], "ru")).toMatch(/Данные загружены, но срезы/);
    expect(hostMessage(outcome.warnings[0], "kk")).toMatch(/Деректер жүктелді, бірақ/);
    // The next load adds them.
    host.fail = null;
    await loadPlanIntoExcel(plan, { previous: plan });
    expect(slicersOf(host).map((x) => x.name)).toEqual([
      "CoverageSlicer_period",
      "CoverageSlicer_measure",
      "CoverageSlicer_orgType",
    ]);
  });

  it("a user's slicer named as one of the add-in's is left alone; the add-in's takes another name; one the user renamed is theirs", async () => {
    const host = await userWorkbook();
    const plan = planWorkbook([seed]);
    await loadPlanIntoExcel(plan);
    const C = workbookLabels("en").coverageColumns;
    await asUser(host, (c) => {
      c.workbook.slicers.getItem("CoverageSlicer_period").name = "Our period";
      const mine = c.workbook.slicers.add(DATA_TABLE, C.measureName, "Notes");
      mine.name = "CoverageSlicer_period";
      mine.caption = "My measures";
    });
    const mine = host.model.slicer("CoverageSlicer_period")!;
    host.trace = [];
    const outcome = await loadPlanIntoExcel(plan, { previous: plan });
    expect(outcome).toMatchObject({ kind: "loaded", warnings: [] });
    expect(host.trace.filter((t) => t.op === "slicer.delete")).toEqual([]);
    // The add-in knows its slicers by the names it gave them: the one renamed "Our period" is now
    // the user's, kept as it is; the add-in adds its period slicer again under a free name.
    expect(slicersOf(host).map((x) => [x.name, x.caption, x.field, x.sheet])).toEqual([
      ["Our period", "Period", C.period, SHEETS.summary],
      ["CoverageSlicer_measure", "Measure", C.measureName, SHEETS.summary],
      ["CoverageSlicer_orgType", "Organisation type", C.orgTypeName, SHEETS.summary],
      ["CoverageSlicer_period", "My measures", C.measureName, "Notes"],
      ["CoverageSlicer_period_2", "Period", C.period, SHEETS.summary],
    ]);
    expect(host.model.slicer("CoverageSlicer_period")).toBe(mine);
    // Its name is not recorded as the add-in's: a later load leaves it alone too.
    const owned = host.model.settings.get(OWNED_SLICERS_SETTING) as Array<{ slicer: string }>;
    expect(owned.map((o) => o.slicer)).toEqual([
      "CoverageSlicer_period_2",
      "CoverageSlicer_measure",
      "CoverageSlicer_orgType",
    ]);
    await loadPlanIntoExcel(planWorkbook([seed], { lang: "ru" }), { previous: plan });
    expect(host.model.slicer("CoverageSlicer_period")).toBe(mine);
    expect(mine.caption).toBe("My measures");
  });

  describe.each([PROFILES.web, PROFILES.macMin].map((p) => [p.id, p] as const))(
    "a reload while a slicer filters the data table (%s)",
    (_id, profile) => {
      it("clears the filter before it resizes and writes the table, and the load's notes say so", async () => {
        const host = await userWorkbook(profile);
        const two = planWorkbook(periods(2));
        await loadPlanIntoExcel(two);
        await asUser(host, (c) =>
          c.workbook.slicers.getItem("CoverageSlicer_period").selectItems(["2000-Q2"])
        );
        const table = host.model.table(DATA_TABLE)!;
        expect(host.model.hiddenRows(table)).toHaveLength(240);
        // Fewer rows: Table.resize from ExcelApi 1.13 (web), TableRow.delete below it (macMin), which
        // a filtered table refuses (InsertDeleteConflict).
        const outcome = await loadPlanIntoExcel(planWorkbook(periods(1)), {
          previous: two,
          replaceEdited: true,
        });
        if (outcome.kind !== "loaded") throw new Error(outcome.kind);
        expect(outcome.warnings).toEqual([
          { code: "slicer-selection-cleared", params: { table: DATA_TABLE } },
        ]);
        expect(table.filtered).toBe(false);
        expect(host.model.slicers.every((x) => host.model.slicerFilterCleared(x))).toBe(true);
        expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.address).toBe("A1:Q241");
        expect(hostMessage(outcome.warnings[0], "en")).toMatch(/selection .* was cleared/);
        expect(hostMessage(outcome.warnings[0], "ru")).toMatch(/сброшен/);
        expect(hostMessage(outcome.warnings[0], "kk")).toMatch(/тазартылды/);
      });
    }
  );
});

describe.each(
  [
    ...profiles,
    { ...PROFILES.macMin, id: "ExcelApi 1.8", sets: { ...PROFILES.macMin.sets, ExcelApi: "1.8" } },
  ].map((p) => [p.id, p] as const)
)("a reload while a header filter hides rows of the data table (%s)", (_id, profile) => {
  it("clears the filter before it writes the table, and says so where Excel tells (AutoFilter, ExcelApi 1.9)", async () => {
    const host = await userWorkbook(profile);
    const two = planWorkbook(periods(2));
    await loadPlanIntoExcel(two);
    const C = workbookLabels("en").coverageColumns;
    const table = host.model.table(DATA_TABLE)!;
    // A column without a slicer (a filter on the period's column would be its slicer's selection).
    const territory = host.model.columnItems(table, table.columnIndex(C.territory))[0];
    await asUser(host, (c) =>
      c.workbook.tables
        .getItem(DATA_TABLE)
        .columns.getItem(C.territory)
        .filter.applyValuesFilter([territory])
    );
    expect(host.model.hiddenRows(table).length).toBeGreaterThan(400);
    const outcome = await loadPlanIntoExcel(planWorkbook(periods(1)), {
      previous: two,
      replaceEdited: true,
    });
    if (outcome.kind !== "loaded") throw new Error(outcome.kind);
    expect(table.filtered).toBe(false);
    expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.address).toBe("A1:Q241");
    const told = profile.sets.ExcelApi !== "1.8";
    expect(outcome.warnings.filter((w) => w.code !== "slicers-need-1.10")).toEqual(
      told ? [{ code: "table-filters-cleared", params: { table: DATA_TABLE } }] : []
    );
    if (told) {
      expect(hostMessage(outcome.warnings[0], "en")).toMatch(/filters on the table .* cleared/);
      expect(hostMessage(outcome.warnings[0], "ru")).toMatch(/Фильтры таблицы .* сброшены/);
      expect(hostMessage(outcome.warnings[0], "kk")).toMatch(/сүзгілері тазартылды/);
    }
  });
});

describe("the strict host's table filter (a slicer's selection)", () => {
  async function filtered(profile: HostProfile): Promise<StrictExcelHost> {
    const host = await userWorkbook(profile);
    await loadPlanIntoExcel(planWorkbook(periods(2)));
    await asUser(host, (c) =>
      c.workbook.slicers.getItem("CoverageSlicer_period").selectItems(["2000-Q1"])
    );
    return host;
  }
  const attempt = (host: StrictExcelHost, f: (c: StrictContext) => void) =>
    host.run(async (c) => {
      f(c);
      await c.sync();
    });
  const t = (c: StrictContext) => c.workbook.tables.getItem(DATA_TABLE);

  it("rows of a filtered table cannot be deleted (InsertDeleteConflict), until Slicer.clearFilters (Table.clearFilters takes header filters only)", async () => {
    const host = await filtered(PROFILES.web);
    await expect(attempt(host, (c) => t(c).rows.getItemAt(3).delete())).rejects.toThrow(
      /InsertDeleteConflict/
    );
    await expect(attempt(host, (c) => t(c).rows.deleteRows([1, 2]))).rejects.toThrow(
      /InsertDeleteConflict/
    );
    await expect(attempt(host, (c) => t(c).rows.deleteRowsAt(1, 2))).rejects.toThrow(
      /InsertDeleteConflict/
    );
    await expect(
      attempt(host, (c) =>
        c.workbook.worksheets.getItem(SHEETS.data).getRange("A5:P5").delete("Up")
      )
    ).rejects.toThrow(/InsertDeleteConflict/);
    expect(host.snapshot().tables.find((x) => x.name === DATA_TABLE)!.address).toBe("A1:Q481");
    await expect(
      attempt(host, (c) => {
        t(c).clearFilters();
        t(c).rows.deleteRowsAt(0, 240);
      })
    ).rejects.toThrow(/InsertDeleteConflict/);
    await attempt(host, (c) => {
      c.workbook.slicers.getItem("CoverageSlicer_period").clearFilters();
      t(c).rows.deleteRowsAt(0, 240);
    });
    expect(host.snapshot().tables.find((x) => x.name === DATA_TABLE)!.address).toBe("A1:Q241");
  });

  it("a slicer takes only the keys its column holds; an empty selection shows every row", async () => {
    const host = await filtered(PROFILES.macMin);
    const table = host.model.table(DATA_TABLE)!;
    await expect(
      attempt(host, (c) =>
        c.workbook.slicers.getItem("CoverageSlicer_period").selectItems(["1999-Q9"])
      )
    ).rejects.toThrow(/InvalidArgument/);
    expect(table.filtered).toBe(true);
    await attempt(host, (c) => c.workbook.slicers.getItem("CoverageSlicer_period").selectItems([]));
    expect(table.filtered).toBe(false);
  });

  it("TableRowCollection.deleteRows needs ExcelApiOnline 1.1: not on Excel 2021", async () => {
    const host = await userWorkbook(PROFILES.excel2021);
    await loadPlanIntoExcel(planWorkbook([seed]));
    await expect(
      attempt(host, (c) => c.workbook.tables.getItem(DATA_TABLE).rows.deleteRows([0]))
    ).rejects.toThrow(/ApiNotFound/);
  });
});
