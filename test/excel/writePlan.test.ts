import type { Report } from "../../src/domain/report";
import { loadPlanIntoExcel, SheetNameTakenError } from "../../src/excel/writePlan";
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { FakeHost } from "../helpers/fakeExcel";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const FOUR_MB = 4 * 1024 * 1024;

/** A workbook with the user's own sheet in it. */
function userWorkbook(): FakeHost {
  const host = new FakeHost().install();
  const notes = host.context.workbook.worksheets.add("Notes");
  notes.getRange("A1:B2").formulas = [
    ["My notes", "=1+1"],
    ["Keep", 42],
  ];
  host.syncs = 0;
  host.requests = [];
  return host;
}

/** The seed 100 times over, as 100 periods: 24,000 data rows. */
function hundredfold(): Report[] {
  return Array.from({ length: 100 }, (_, i) => {
    const period = `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return { ...seed, period, records: seed.records.map((r) => ({ ...r, period })) };
  });
}

describe("loading the plan into Excel (Office.js writer)", () => {
  it("loads the seed into a fresh workbook in 2 syncs, each request under 4 MB", async () => {
    const host = userWorkbook();
    const notesBefore = host.sheet("Notes")!.snapshot();
    const outcome = await loadPlanIntoExcel(planWorkbook([seed]));
    expect(outcome).toMatchObject({
      kind: "loaded",
      syncs: 2,
      created: ["Summary", "Video", "Guard", "Panic", "Turnstile", "Coverage", "Audit", "Settings"],
      updated: [],
    });
    expect(host.syncs).toBe(2);
    expect(Math.max(...host.requests)).toBeLessThan(FOUR_MB);
    expect(host.sheet("Notes")!.snapshot()).toEqual(notesBefore);
    expect(host.tables.map((t) => [t.name, t.sheet.name, t.address()])).toEqual([
      ["Coverage", "Coverage", "A1:P241"],
      ["AuditFindings", "Audit", "A3:K12"],
    ]);
    expect(host.names.map((n) => n.name)).toContain("Lag_turnstile_kindergarten");
    expect(host.sheet("Summary")!.chartList).toHaveLength(4);
    expect(host.sheet("Coverage")!.rules).toHaveLength(2);
    expect(host.settings.get("schoolSafetyCoverage.sheets")).toEqual([
      "Summary",
      "Video",
      "Guard",
      "Panic",
      "Turnstile",
      "Coverage",
      "Audit",
      "Settings",
    ]);
  });

  it("writes figures as values and the percentages as live formulas", async () => {
    const host = userWorkbook();
    await loadPlanIntoExcel(planWorkbook([seed]));
    const body = host.tables.find((t) => t.name === "Coverage")!.getDataBodyRange();
    const row = body.formulas[0];
    expect(row[COLUMN_INDEX.Covered]).toBe(96);
    expect(row[COLUMN_INDEX.Coverage]).toBe(
      '=IF(Coverage[[#This Row],[Total]]=0,"",Coverage[[#This Row],[Covered]]/Coverage[[#This Row],[Total]])'
    );
    expect(body.cell(0, COLUMN_INDEX.Coverage)!.format).toBe("0.0%");
  });

  it("writes report text as text, never as a formula", async () => {
    const host = userWorkbook();
    const tricky = ['=HYPERLINK("http://x")', "+7", "-3", "@SUM(A1)"];
    await loadPlanIntoExcel(
      planWorkbook([
        {
          ...seed,
          records: seed.records.slice(0, 4).map((r, i) => ({ ...r, territoryName: tricky[i] })),
        },
      ])
    );
    const body = host.tables.find((t) => t.name === "Coverage")!.getDataBodyRange();
    tricky.forEach((text, i) =>
      expect(body.cell(i, COLUMN_INDEX.Territory)).toEqual({ formula: text, format: "@" })
    );
  });

  it("splits a dataset 100× the seed into requests under 4 MB", async () => {
    const host = userWorkbook();
    const outcome = await loadPlanIntoExcel(planWorkbook(hundredfold()));
    expect(outcome.kind).toBe("loaded");
    expect(host.tables.find((t) => t.name === "Coverage")!.address()).toBe("A1:P24001");
    expect(host.syncs).toBeGreaterThan(2);
    expect(Math.max(...host.requests)).toBeLessThan(FOUR_MB);
  }, 60_000);

  it("reloads in place: the same sheets, the user's sheet untouched", async () => {
    const host = userWorkbook();
    await loadPlanIntoExcel(planWorkbook([seed]));
    const first = host.snapshot();
    host.syncs = 0;
    const again = await loadPlanIntoExcel(planWorkbook([seed]));
    expect(again).toMatchObject({
      kind: "loaded",
      created: [],
      updated: ["Summary", "Video", "Guard", "Panic", "Turnstile", "Coverage", "Audit", "Settings"],
    });
    expect(host.syncs).toBe(3);
    expect(host.snapshot()).toEqual(first);
  });

  it("redraws only the Summary sheet (charts) when given a plan of that sheet alone", async () => {
    const host = userWorkbook();
    const full = planWorkbook([seed]);
    await loadPlanIntoExcel(full);
    const before = host.snapshot();
    const outcome = await loadPlanIntoExcel({
      ...full,
      sheets: full.sheets.filter((s) => s.name === "Summary"),
    });
    expect(outcome).toMatchObject({ kind: "loaded", created: [], updated: ["Summary"] });
    expect(host.sheet("Summary")!.chartList).toHaveLength(4);
    expect(host.snapshot()).toEqual(before);
  });

  it("asks before replacing figures the user edited, and writes nothing until told", async () => {
    const host = userWorkbook();
    await loadPlanIntoExcel(planWorkbook([seed]));
    const body = host.tables.find((t) => t.name === "Coverage")!.getDataBodyRange();
    const edited = body.formulas;
    edited[5][COLUMN_INDEX.Covered] = 999;
    body.formulas = edited;
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
    expect(
      host.tables.find((t) => t.name === "Coverage")!.getDataBodyRange().formulas[5][
        COLUMN_INDEX.Covered
      ]
    ).toBe(44);
  });

  it("refuses to overwrite a sheet of the user's that has one of the add-in's names", async () => {
    const host = userWorkbook();
    host.context.workbook.worksheets.add("Summary").getRange("A1").formulas = [["mine"]];
    const before = host.snapshot();
    await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(SheetNameTakenError);
    await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(
      "A sheet named 'Summary' already exists and was not made by this add-in"
    );
    expect(host.snapshot()).toEqual(before);
  });
});

describe("a failed load leaves the workbook as it was", () => {
  it("fresh workbook: failing each sync in turn", async () => {
    for (const failAt of [1, 2]) {
      const host = userWorkbook();
      const before = host.snapshot();
      host.failAtSync = failAt;
      await expect(loadPlanIntoExcel(planWorkbook([seed]))).rejects.toThrow(
        `simulated failure of sync ${failAt}`
      );
      expect({ failAt, state: host.snapshot() }).toEqual({ failAt, state: before });
      expect(host.settings.get("schoolSafetyCoverage.sheets")).toBeUndefined();
    }
  });

  it("reload over the add-in's own sheets (with a user edit): failing each sync in turn", async () => {
    for (const failAt of [1, 2, 3]) {
      const host = userWorkbook();
      const previous = planWorkbook([seed]);
      await loadPlanIntoExcel(previous);
      const body = host.tables.find((t) => t.name === "Coverage")!.getDataBodyRange();
      const edited = body.formulas;
      edited[0][COLUMN_INDEX.Total] = 97;
      body.formulas = edited;
      const before = host.snapshot();
      host.syncs = 0;
      host.failAtSync = failAt;
      const next = planWorkbook([
        seed,
        {
          ...seed,
          period: "2023-Q2",
          records: seed.records.map((r) => ({ ...r, period: "2023-Q2" })),
        },
      ]);
      await expect(loadPlanIntoExcel(next, { previous, replaceEdited: true })).rejects.toThrow(
        `simulated failure of sync ${failAt}`
      );
      expect({ failAt, state: host.snapshot() }).toEqual({ failAt, state: before });
    }
  });
});
