/**
 * The workbook in Russian and in Kazakh against the strict in-memory Excel: its headers are in its
 * language, so every structured reference names those columns; it must load, compute what the
 * English workbook computes, reload in place, pass Check workbook, and survive a reload from any of
 * the three languages to any other.
 */
import { hostMessage, notice } from "../../src/host/hostMessages";
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { buildPivot } from "../../src/excel/pivot";
import { applyThresholds } from "../../src/excel/thresholds";
import {
  CHECKED_COLUMNS,
  planChecks,
  planMapChecks,
  planRowChecks,
} from "../../src/workbook/checks";
import { COLUMN_INDEX, coverageColumns } from "../../src/workbook/coverageTable";
import { workbookLabels } from "../../src/workbook/labels";
import { DATA_TABLE, SHEETS as SHEET_NAMES } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { defaultTarget, targetAddress } from "../../src/workbook/settingsSheet";
import { rectFromAddress } from "../../src/workbook/rects";
import { PROFILES, type StrictExcelHost } from "../strictExcel/host";
import { asUser, periods, userWorkbook } from "../helpers/strictHost";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
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
const EN = workbookLabels("en");
const RU = workbookLabels("ru");
const en = planWorkbook([seed]);
const ru = planWorkbook([seed], { lang: "ru" });
// The data table, views and Summary, and the Map's two grids for the selection a load leaves.
const figures =
  planRowChecks(ru)!.rows.size * CHECKED_COLUMNS.length +
  [
    ...planChecks(ru),
    ...planMapChecks(ru, {
      measure: ru.options.measures[0],
      orgType: "all",
      period: ru.options.period,
    }),
  ].reduce((n, c) => n + c.expected.reduce((m, r) => m + r.length, 0), 0);
const ruColumn = (key: keyof typeof RU.coverageColumns) => RU.coverageColumns[key];

/** Every formula cell of the add-in's sheets with what Excel computes there. */
function computed(host: StrictExcelHost): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of host.model.sheets)
    if (SHEETS.includes(s.name))
      for (const [k, cell] of s.cells)
        if (cell.f)
          out.set(`${s.name}!${k}`, host.model.value(s.name, Math.floor(k / 16384), k % 16384));
  return out;
}

/** The English answers of the Check and Status columns, as the Russian workbook gives them. */
const TRANSLATED = new Map<unknown, unknown>([
  [EN.check.ok, RU.check.ok],
  [EN.check.differs, RU.check.differs],
  [EN.audit.consistent, RU.audit.consistent],
  [EN.audit.differs, RU.audit.differs],
]);

describe.each(profiles.map((p) => [p.id, p] as const))(
  "the workbook in Russian (%s)",
  (_id, profile) => {
    it("loads with Russian headers and computes in every formula cell what the English workbook computes, no error", async () => {
      const english = computed(
        await (async () => {
          const host = await userWorkbook(profile);
          await loadPlanIntoExcel(en);
          return host;
        })()
      );
      const host = await userWorkbook(profile);
      const outcome = await loadPlanIntoExcel(ru);
      expect(outcome).toMatchObject({ kind: "loaded", created: SHEETS, updated: [], warnings: [] });
      const tables = host.snapshot().tables;
      expect(tables.find((t) => t.name === DATA_TABLE)!.columns).toEqual(
        coverageColumns("ru").map((c) => c.name)
      );
      expect(tables.find((t) => t.name === "AuditFindings")!.columns).toEqual(
        Object.values(RU.audit.columns)
      );
      const russian = computed(host);
      expect(russian.size).toBe(english.size);
      expect(russian.size).toBeGreaterThan(1000);
      for (const [at, v] of russian) {
        const e = english.get(at);
        expect({ at, v: typeof v === "object" && v !== null ? "error" : v }).toEqual({
          at,
          v: TRANSLATED.get(e) ?? e,
        });
      }
      const first = seed.records[0];
      expect(host.model.value("Coverage", 1, COLUMN_INDEX.coverage)).toBeCloseTo(
        first.covered / first.total,
        12
      );
      expect(host.model.sheet("Coverage")!.cell(1, COLUMN_INDEX.check)!.f).toBe(
        `=IF(ROUND(CoverageData[[#This Row],[Охват]]*100,0)=ROUND(CoverageData[[#This Row],[Указано, %]]*100,0),"совпадает","расходится с указанным")`
      );
      // The ids the formulas match on stay ids; the names a reader sees are Russian.
      expect(host.model.value("Coverage", 1, COLUMN_INDEX.measure)).toBe("video");
      expect(host.model.value("Coverage", 1, COLUMN_INDEX.level)).toBe("регион");
      expect(host.model.value("Settings", 12, 0)).toBe("Условные обозначения");
      expect(host.model.names.find((n) => n.name === "ReportPeriod")!.comment).toBe(
        RU.settings.comments.period
      );
    });

    it("Check workbook finds every figure as the report says", async () => {
      await userWorkbook(profile);
      await loadPlanIntoExcel(ru);
      const check = await checkWorkbook(ru, {});
      expect(check.checked).toBe(figures);
      expect(check.mismatches).toEqual([]);
      if (Number(profile.sets.ExcelApi.split(".")[1]) >= 19)
        expect(check.marks).toEqual({ checked: 240, mismatches: [] });
      expect(planRowChecks(ru)!.labels.coverage).toBe(`${DATA_TABLE}[${ruColumn("coverage")}]`);
    });

    it("a reload in Russian keeps and resizes the table: the user's formula on a Russian column keeps working", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(ru);
      await asUser(
        host,
        (c) =>
          (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
            [`=SUM(${DATA_TABLE}[Охвачено])`],
          ])
      );
      const sumOf = (n: number) => n * seed.records.reduce((s, r) => s + r.covered, 0);
      expect(host.model.value("Notes", 0, 2)).toBe(sumOf(1));
      const first = host.snapshot();
      const again = await loadPlanIntoExcel(ru, { previous: ru });
      expect(again).toMatchObject({ kind: "loaded", created: [], updated: SHEETS, warnings: [] });
      expect(host.snapshot()).toEqual(first);
      const two = planWorkbook(periods(2), { lang: "ru" });
      await loadPlanIntoExcel(two, { previous: ru, replaceEdited: true });
      expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.address).toBe("A1:Q481");
      expect(host.model.sheet("Notes")!.cell(0, 2)!.f).toBe(`=SUM(${DATA_TABLE}[Охвачено])`);
      expect(host.model.value("Notes", 0, 2)).toBe(sumOf(2));
      expect((await checkWorkbook(two, {})).mismatches).toEqual([]);
    });

    it("asks before replacing a figure the user edited in the Russian table", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(ru);
      await asUser(
        host,
        (c) => (c.workbook.worksheets.getItem("Coverage").getRange("J7").values = [[999]])
      );
      const before = host.snapshot();
      const outcome = await loadPlanIntoExcel(ru);
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
    });

    it("a reload in the other language renames the tables' headers in place: the table is kept, the user's formula follows, the workbook is the one a fresh load makes; and back", async () => {
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(en);
      await asUser(
        host,
        (c) =>
          (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
            [`=SUM(${DATA_TABLE}[Covered])+SUM(AuditFindings[Stated])`],
          ])
      );
      const total = host.model.value("Notes", 0, 2);
      expect(typeof total).toBe("number");
      const outcome = await loadPlanIntoExcel(ru, { previous: en });
      expect(outcome).toMatchObject({ kind: "loaded", created: [], updated: SHEETS });
      if (outcome.kind !== "loaded") throw new Error(outcome.kind);
      expect(outcome.warnings).toEqual([
        notice("headers-renamed", { table: DATA_TABLE }),
        notice("headers-renamed", { table: "AuditFindings" }),
      ]);
      expect(hostMessage(outcome.warnings[0], "en")).toMatch(
        /was made in another language: its headers were renamed/
      );
      expect(host.model.sheet("Notes")!.cell(0, 2)!.f).toBe(
        `=SUM(${DATA_TABLE}[Охвачено])+SUM(AuditFindings[Указано])`
      );
      expect(host.model.value("Notes", 0, 2)).toBe(total);
      expect((await checkWorkbook(ru, {})).mismatches).toEqual([]);

      // The same workbook as a fresh Russian load, apart from the user's own sheet.
      const switched = host.snapshot();
      const other = await userWorkbook(profile);
      await loadPlanIntoExcel(ru);
      const fresh = other.snapshot();
      // The defined names' comments included: they follow the workbook's language too.
      const ours = (s: typeof switched) => ({
        ...s,
        sheets: s.sheets.filter((x) => x.name !== "Notes"),
      });
      const comments = (names: ReadonlyArray<{ name: string; comment?: string }>) =>
        Object.fromEntries(names.map((n) => [n.name, n.comment ?? ""]));
      expect(comments(switched.names)).toEqual(comments(ru.names));
      expect(ours(switched)).toEqual(ours(fresh));

      // And back: the headers are English again, and so is the user's formula.
      host.install();
      await loadPlanIntoExcel(en, { previous: ru });
      expect(host.snapshot().tables.find((t) => t.name === DATA_TABLE)!.columns).toEqual(
        coverageColumns("en").map((c) => c.name)
      );
      expect(host.model.sheet("Notes")!.cell(0, 2)!.f).toBe(
        `=SUM(${DATA_TABLE}[Covered])+SUM(AuditFindings[Stated])`
      );
      expect(host.model.value("Notes", 0, 2)).toBe(total);
      expect((await checkWorkbook(en, {})).mismatches).toEqual([]);
    });

    it("a failed reload in the other language leaves the workbook as it was, headers and the user's formula included", async () => {
      for (const at of ["first", "middle", "last"] as const)
        for (const sync of [1, 2, 3, 4]) {
          const host = await userWorkbook(profile);
          await loadPlanIntoExcel(en);
          await asUser(
            host,
            (c) =>
              (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
                [`=SUM(${DATA_TABLE}[Total])`],
              ])
          );
          const before = host.snapshot();
          host.syncs = 0;
          host.fail = { sync, at };
          await expect(loadPlanIntoExcel(ru, { previous: en })).rejects.toThrow(
            `simulated failure of sync ${sync}`
          );
          expect({ at, sync, state: host.snapshot() }).toEqual({ at, sync, state: before });
        }
    });
  }
);

describe("the pane's actions on a Russian workbook", () => {
  it("a target set back to the default is the national coverage formula over the Russian columns", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(ru);
    const at = rectFromAddress(targetAddress("turnstile", "all"));
    const national = host.model.value(SHEET_NAMES.settings, at.row, at.col);
    expect(typeof national).toBe("number");
    await applyThresholds({ "turnstile|all": 0.95 });
    expect(host.model.value(SHEET_NAMES.settings, at.row, at.col)).toBe(0.95);
    await applyThresholds({ "turnstile|all": null });
    const target = defaultTarget("turnstile", "all", "ru") as { formula: string };
    expect(target.formula).toContain(`${DATA_TABLE}[Охвачено]`);
    expect(host.model.sheet(SHEET_NAMES.settings)!.cell(at.row, at.col)!.f).toBe(target.formula);
    expect(host.model.value(SHEET_NAMES.settings, at.row, at.col)).toBe(national);
  });

  it("the starter pivot uses the Russian column names, and its note is Russian", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(ru);
    await expect(buildPivot(ru.pivot)).resolves.toEqual({ built: true });
    expect(host.snapshot().pivots[0].fields).toEqual({
      rows: [ruColumn("territory")],
      columns: [ruColumn("orgType")],
      data: [ruColumn("covered"), ruColumn("total")],
      filters: [ruColumn("measure")],
    });
    expect(host.model.value("Pivot", 0, 0)).toBe(RU.pivotNote);
  });
});

/** The workbook in Kazakh, and a reload from any of the three languages to any other. */
const KK = workbookLabels("kk");
const kk = planWorkbook([seed], { lang: "kk" });
const plans = { en, ru, kk } as const;
type L3 = keyof typeof plans;
const LABELS: Record<L3, typeof EN> = { en: EN, ru: RU, kk: KK };
/** The add-in's sheets of a plan, as a load creates or updates them. */
const own = (plan: typeof en) => plan.sheets.map((s) => s.name);
/** The user's formula on both tables, by the columns' names in `lang`. */
const userFormula = (lang: L3) =>
  `=SUM(${DATA_TABLE}[${LABELS[lang].coverageColumns.covered}])+SUM(AuditFindings[${LABELS[lang].audit.columns.stated}])`;

describe.each(profiles.map((p) => [p.id, p] as const))(
  "the workbook in Kazakh (%s)",
  (_id, profile) => {
    it("loads with Kazakh headers and Kazakh territory names, and computes in every formula cell what the English workbook computes, no error", async () => {
      const english = computed(
        await (async () => {
          const host = await userWorkbook(profile);
          await loadPlanIntoExcel(en);
          return host;
        })()
      );
      const host = await userWorkbook(profile);
      const outcome = await loadPlanIntoExcel(kk);
      expect(outcome).toMatchObject({
        kind: "loaded",
        created: own(kk),
        updated: [],
        warnings: [],
      });
      const tables = host.snapshot().tables;
      expect(tables.find((t) => t.name === DATA_TABLE)!.columns).toEqual(
        coverageColumns("kk").map((c) => c.name)
      );
      expect(tables.find((t) => t.name === "AuditFindings")!.columns).toEqual(
        Object.values(KK.audit.columns)
      );
      const answers = new Map<unknown, unknown>([
        [EN.check.ok, KK.check.ok],
        [EN.check.differs, KK.check.differs],
        [EN.audit.consistent, KK.audit.consistent],
        [EN.audit.differs, KK.audit.differs],
      ]);
      const kazakh = computed(host);
      expect(kazakh.size).toBe(english.size);
      expect(kazakh.size).toBeGreaterThan(1000);
      for (const [at, v] of kazakh) {
        const e = english.get(at);
        expect({ at, v: typeof v === "object" && v !== null ? "error" : v }).toEqual({
          at,
          v: answers.get(e) ?? e,
        });
      }
      // The ids the formulas match on stay ids; the names a reader sees are Kazakh.
      const row = seed.records.findIndex((r) => r.territoryId === "KZ-15") + 1;
      expect(host.model.value("Coverage", row, COLUMN_INDEX.territoryId)).toBe("KZ-15");
      expect(host.model.value("Coverage", row, COLUMN_INDEX.territory)).toBe("Ақтөбе облысы");
      expect(host.model.value("Coverage", row, COLUMN_INDEX.level)).toBe("өңір");
      expect(host.model.value("Settings", 12, 0)).toBe("Шартты белгілер");
      expect((await checkWorkbook(kk, {})).mismatches).toEqual([]);
    });

    it("a reload from any of the three languages to any other renames both tables' headers in place: the tables are kept, the user's formula follows, the workbook is the one a fresh load makes", async () => {
      const fresh = {} as Record<L3, ReturnType<StrictExcelHost["snapshot"]>>;
      for (const lang of ["en", "ru", "kk"] as const) {
        const other = await userWorkbook(profile);
        await loadPlanIntoExcel(plans[lang]);
        fresh[lang] = other.snapshot();
      }
      const ours = (s: ReturnType<StrictExcelHost["snapshot"]>) => ({
        ...s,
        sheets: s.sheets.filter((x) => x.name !== "Notes"),
      });
      const host = await userWorkbook(profile);
      await loadPlanIntoExcel(en);
      await asUser(
        host,
        (c) =>
          (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [[userFormula("en")]])
      );
      const total = host.model.value("Notes", 0, 2);
      expect(typeof total).toBe("number");
      // Every ordered pair of languages, once: en→kk→ru→en→ru→kk→en.
      const steps: Array<[L3, L3]> = [
        ["en", "kk"],
        ["kk", "ru"],
        ["ru", "en"],
        ["en", "ru"],
        ["ru", "kk"],
        ["kk", "en"],
      ];
      for (const [from, to] of steps) {
        host.install();
        const outcome = await loadPlanIntoExcel(plans[to], { previous: plans[from] });
        expect({ from, to, outcome }).toMatchObject({
          from,
          to,
          outcome: {
            kind: "loaded",
            created: [],
            updated: own(plans[to]),
            warnings: [
              notice("headers-renamed", { table: DATA_TABLE }),
              notice("headers-renamed", { table: "AuditFindings" }),
            ],
          },
        });
        const tables = host.snapshot().tables;
        expect({ from, to, columns: tables.find((t) => t.name === DATA_TABLE)!.columns }).toEqual({
          from,
          to,
          columns: coverageColumns(to).map((c) => c.name),
        });
        expect(tables.find((t) => t.name === "AuditFindings")!.columns).toEqual(
          Object.values(LABELS[to].audit.columns)
        );
        expect({ from, to, f: host.model.sheet("Notes")!.cell(0, 2)!.f }).toEqual({
          from,
          to,
          f: userFormula(to),
        });
        expect(host.model.value("Notes", 0, 2)).toBe(total);
        expect((await checkWorkbook(plans[to], {})).mismatches).toEqual([]);
        expect(ours(host.snapshot())).toEqual(ours(fresh[to]));
      }
    });

    it("a failed reload from Kazakh to Russian leaves the workbook as it was, headers and the user's formula included", async () => {
      for (const at of ["first", "middle", "last"] as const)
        for (const sync of [1, 2, 3, 4]) {
          const host = await userWorkbook(profile);
          await loadPlanIntoExcel(kk);
          await asUser(
            host,
            (c) =>
              (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [
                [userFormula("kk")],
              ])
          );
          const before = host.snapshot();
          host.syncs = 0;
          host.fail = { sync, at };
          await expect(loadPlanIntoExcel(ru, { previous: kk })).rejects.toThrow(
            `simulated failure of sync ${sync}`
          );
          expect({ at, sync, state: host.snapshot() }).toEqual({ at, sync, state: before });
        }
    });
  }
);

describe("the pane's actions on a Kazakh workbook", () => {
  it("a target set back to the default is the national coverage formula over the Kazakh columns; the starter pivot uses them too", async () => {
    const host = await userWorkbook(PROFILES.web);
    await loadPlanIntoExcel(kk);
    const at = rectFromAddress(targetAddress("turnstile", "all"));
    const national = host.model.value(SHEET_NAMES.settings, at.row, at.col);
    expect(typeof national).toBe("number");
    await applyThresholds({ "turnstile|all": 0.95 });
    expect(host.model.value(SHEET_NAMES.settings, at.row, at.col)).toBe(0.95);
    await applyThresholds({ "turnstile|all": null });
    const target = defaultTarget("turnstile", "all", "kk") as { formula: string };
    expect(target.formula).toContain(`${DATA_TABLE}[Қамтылғаны]`);
    expect(host.model.sheet(SHEET_NAMES.settings)!.cell(at.row, at.col)!.f).toBe(target.formula);
    expect(host.model.value(SHEET_NAMES.settings, at.row, at.col)).toBe(national);
    await expect(buildPivot(kk.pivot)).resolves.toEqual({ built: true });
    expect(host.snapshot().pivots[0].fields).toEqual({
      rows: ["Аумақ"],
      columns: ["Ұйым түрі"],
      data: ["Қамтылғаны", "Барлығы"],
      filters: ["Шара"],
    });
    expect(host.model.value("Pivot", 0, 0)).toBe(KK.pivotNote);
  });
});
