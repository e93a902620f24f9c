/**
 * The Office.js writer against the strict in-memory Excel (test/strictExcel): every rule it relies
 * on is enforced there with its source. Each test below names the Excel rule it proves.
 */
import { NameTakenError, SheetNameTakenError } from "../../src/excel/errors";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { readStoredRecipe } from "../../src/excel/ownedSheets";
import { replan } from "../../src/workbook/recipe";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { DATA_TABLE } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { PROFILES } from "../strictExcel/host";
import { asUser, periods, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const FOUR_MB = 4 * 1024 * 1024;
const SHEETS = [
  "Summary",
  "Map",
  "Video",
  "Guard",
  "Panic",
  "Turnstile",
  "Coverage",
  "Audit",
  "Settings",
];
const profiles = Object.values(PROFILES);

describe.each(profiles.map((p) => [p.id, p] as const))("loading the plan (%s)", (_id, profile) => {
  it("loads the seed into a fresh workbook in 2 syncs (and its slicers in 1 of their own), requests and responses under 4 MB; the user's sheet untouched", async () => {
    const host = await userWorkbook(profile);
    const notesBefore = host.snapshot().sheets.find((s) => s.name === "Notes");
    const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
    expect(outcome).toMatchObject({ kind: "loaded", syncs: 2, created: SHEETS, updated: [] });
    // The slicers' own batch (writeMap.ts, addSlicers): added, named and recorded in one sync.
    expect(host.syncs).toBe(3);
    expect(Math.max(...host.requests)).toBeLessThan(FOUR_MB);
    expect(Math.max(...host.responses)).toBeLessThan(FOUR_MB);
    const after = host.snapshot();
    expect(after.sheets.find((s) => s.name === "Notes")).toEqual(notesBefore);
    expect(after.tables.map((t) => [t.name, t.sheet, t.address])).toEqual([
      [DATA_TABLE, "Coverage", "A1:Q241"],
      ["AuditFindings", "Audit", "A3:K12"],
    ]);
    expect(after.names.map((n) => n.name)).toContain("Lag_turnstile_kindergarten");
    expect(host.model.sheet("Coverage")!.rules).toHaveLength(2);
    expect(host.model.settings.get("schoolSafetyCoverage.sheets")).toEqual(SHEETS);
    // Each sheet's frozen pane as planned: rows and columns together (freezeAt), not one undoing the other.
    for (const sheet of planWorkbook([seed]).sheets)
      if (sheet.freeze)
        expect({ sheet: sheet.name, frozen: host.model.sheet(sheet.name)!.frozen }).toEqual({
          sheet: sheet.name,
          frozen: sheet.freeze,
        });
  });

  it("computes what the report says: formulas over the table, names and views evaluate (no #REF!, #NAME?)", async () => {
    const host = await userWorkbook(profile);
    await loadPlanIntoExcel(planWorkbook([seed]));
    const m = host.model;
    const first = seed.records[0];
    expect(m.value("Coverage", 1, COLUMN_INDEX.covered)).toBe(first.covered);
    expect(m.value("Coverage", 1, COLUMN_INDEX.coverage)).toBeCloseTo(
      first.covered / first.total,
      12
    );
    expect(m.value("Coverage", 1, COLUMN_INDEX.uncovered)).toBe(first.total - first.covered);
    // Every row of every formula column holds a formula (a Text-formatted cell would keep it as text).
    const table = planWorkbook([seed])
      .sheets.flatMap((s) => s.tables)
      .find((t) => t.name === DATA_TABLE)!;
    for (const [j, c] of table.columns.entries())
      if (c.formula)
        for (let i = 1; i <= table.rows.length; i++)
          expect({ column: c.name, row: i, f: m.sheet("Coverage")!.cell(i, j)?.f }).toEqual({
            column: c.name,
            row: i,
            f: c.formula,
          });
    expect(m.value("Coverage", 1, COLUMN_INDEX.check)).toMatch(/^(OK|differs from stated)$/);
    for (const s of m.sheets)
      for (const [k, cell] of s.cells)
        if (cell.f) {
          const v = m.value(s.name, Math.floor(k / 16384), k % 16384);
          expect({ at: `${s.name}:${k}`, v: typeof v === "object" ? v.error : "ok" }).toEqual({
            at: `${s.name}:${k}`,
            v: "ok",
          });
        }
  });

  it("writes report text as text, never as a formula", async () => {
    const host = await userWorkbook(profile);
    const tricky = ['=HYPERLINK("http://x")', "+7", "-3", "@SUM(A1)"];
    await loadPlanIntoExcel(
      planWorkbook([
        {
          ...seed,
          records: seed.records.slice(0, 4).map((r, i) => ({ ...r, territoryName: tricky[i] })),
        },
      ])
    );
    tricky.forEach((text, i) =>
      expect(host.model.sheet("Coverage")!.cell(1 + i, COLUMN_INDEX.territory)).toEqual({
        v: text,
        nf: "@",
      })
    );
  });

  it("a reload keeps the table: the user's formula and pivot on it still work, after a reload and after an import (more rows)", async () => {
    const host = await userWorkbook(profile);
    await loadPlanIntoExcel(planWorkbook([seed]));
    await asUser(host, (c) => {
      c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
        [`=SUM(${DATA_TABLE}[Covered])`],
      ];
      if (profile.sets.ExcelApi >= "1.8") {
        const pt = c.workbook.pivotTables.add(
          "MyPivot",
          DATA_TABLE,
          c.workbook.worksheets.getItem("Notes").getRange("E1")
        );
        pt.rowHierarchies.add(pt.hierarchies.getItem("Territory"));
      }
    });
    const sumOf = (n: number) => n * seed.records.reduce((s, r) => s + r.covered, 0);
    expect(host.model.value("Notes", 0, 2)).toBe(sumOf(1));
    const previous = planWorkbook([seed]);
    const again = await loadPlanIntoExcel(planWorkbook([seed]), { previous });
    expect(again).toMatchObject({ kind: "loaded", created: [], updated: SHEETS });
    expect(host.model.sheet("Notes")!.cell(0, 2)!.f).toBe(`=SUM(${DATA_TABLE}[Covered])`);
    expect(host.model.value("Notes", 0, 2)).toBe(sumOf(1));
    await loadPlanIntoExcel(planWorkbook(periods(2)), { previous, replaceEdited: true });
    expect(host.model.value("Notes", 0, 2)).toBe(sumOf(2));
    expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.address).toBe("A1:Q481");
    await loadPlanIntoExcel(planWorkbook([seed]), {
      previous: planWorkbook(periods(2)),
      replaceEdited: true,
    });
    expect(host.model.value("Notes", 0, 2)).toBe(sumOf(1));
    expect(host.model.value("Coverage", 241, 0)).toBe(""); // the rows that left the table were cleared
    for (const p of host.snapshot().pivots) expect(p.source).toBe(DATA_TABLE);
  });

  it("a second reload gives exactly the workbook of the first", async () => {
    const host = await userWorkbook(profile);
    await loadPlanIntoExcel(planWorkbook([seed]));
    const first = host.snapshot();
    await loadPlanIntoExcel(planWorkbook([seed]));
    expect(host.snapshot()).toEqual(first);
  });

  it("asks before replacing figures the user edited, and writes nothing until told", async () => {
    const host = await userWorkbook(profile);
    await loadPlanIntoExcel(planWorkbook([seed]));
    await asUser(
      host,
      (c) => (c.workbook.worksheets.getItem("Coverage").getRange("J7").values = [[999]])
    );
    const before = host.snapshot();
    const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
    expect(outcome).toEqual({
      kind: "needsConfirmation",
      edited: [
        {
          row: 7,
          period: "2023-Q1",
          measure: "video",
          territory: "Актюбинская",
          orgType: "kindergarten",
          column: "Covered",
          inWorkbook: 999,
          inReport: 44,
        },
      ],
    });
    expect(host.snapshot()).toEqual(before);
    await loadPlanIntoExcel(planWorkbook([seed]), { replaceEdited: true });
    expect(host.model.value("Coverage", 6, COLUMN_INDEX.covered)).toBe(44);
  });

  it("refuses a sheet or a name of the user's, changing nothing", async () => {
    const host = await userWorkbook(profile);
    await asUser(
      host,
      (c) => (c.workbook.worksheets.add("summary").getRange("A1").values = [["mine"]])
    );
    const before = host.snapshot();
    await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(SheetNameTakenError);
    expect(host.snapshot()).toEqual(before);
    const other = await userWorkbook(profile);
    await asUser(other, (c) => c.workbook.names.add(DATA_TABLE.toUpperCase(), "=Notes!$A$1"));
    await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(NameTakenError);
  });
});

describe("a dataset 100× the seed", () => {
  it("goes in requests and responses under 4 MB, first load and reload", async () => {
    const host = await userWorkbook();
    const plan = planWorkbook(periods(100));
    const outcome = await loadPlanIntoExcel(plan);
    expect(outcome.kind).toBe("loaded");
    expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.address).toBe("A1:Q24001");
    expect(Math.max(...host.requests)).toBeLessThan(FOUR_MB);
    await loadPlanIntoExcel(plan, { previous: plan });
    expect(Math.max(...host.requests)).toBeLessThan(FOUR_MB);
    expect(Math.max(...host.responses)).toBeLessThan(FOUR_MB);
  }, 120_000);
});

describe.each(profiles.map((p) => [p.id, p] as const))(
  "a failed load leaves the workbook as it was (%s)",
  (_id, profile) => {
    for (const at of ["first", "middle", "last"] as const) {
      it(`fresh workbook: each sync failed at its ${at} operation`, async () => {
        for (const sync of [1, 2]) {
          const host = await userWorkbook(profile);
          const before = host.snapshot();
          host.fail = { sync, at };
          await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(
            `simulated failure of sync ${sync}`
          );
          expect({ sync, state: host.snapshot() }).toEqual({ sync, state: before });
        }
      });

      it(`reload with a user edit and a user formula: each sync failed at its ${at} operation`, async () => {
        for (const sync of [1, 2, 3, 4]) {
          const host = await userWorkbook(profile);
          const previous = planWorkbook([seed]);
          await loadPlanIntoExcel(previous);
          await asUser(host, (c) => {
            c.workbook.worksheets.getItem("Coverage").getRange("K2").values = [[97]];
            c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
              [`=SUM(${DATA_TABLE}[Total])`],
            ];
          });
          const before = host.snapshot();
          host.syncs = 0;
          host.fail = { sync, at };
          await expect(
            loadPlanIntoExcel(planWorkbook(periods(2)), { previous, replaceEdited: true })
          ).rejects.toThrow(`simulated failure of sync ${sync}`);
          expect({ sync, state: host.snapshot() }).toEqual({ sync, state: before });
        }
      });
    }

    it("a pane opened later knows the plan from the stored recipe, and a failed reload is rolled back with it", async () => {
      const host = await userWorkbook(profile);
      const loaded = planWorkbook([seed], {
        measures: ["turnstile", "guard"],
        thresholds: { "guard|school": 0.9 },
      });
      await loadPlanIntoExcel(loaded);
      // A new session: nothing in memory but the reports; the plan comes back from the workbook.
      const previous = replan(await readStoredRecipe(), [seed]);
      expect(previous).toEqual(loaded);
      expect(replan(await readStoredRecipe(), [])).toBeUndefined();
      const before = host.snapshot();
      host.syncs = 0;
      host.fail = { sync: 3, at: "last" };
      await expect(loadPlanIntoExcel(planWorkbook(periods(2)), { previous })).rejects.toThrow(
        "simulated failure of sync 3"
      );
      expect(host.snapshot()).toEqual(before);
    });
  }
);
