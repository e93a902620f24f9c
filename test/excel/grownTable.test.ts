/**
 * A workbook an earlier version loaded has a data table without the columns added since (the
 * Footnote column). A reload keeps that table and grows it: the user's formulas on it keep
 * working, and the workbook is the one a fresh load makes. A failed reload takes the column back.
 */
import { checkWorkbook } from "../../src/excel/checkWorkbook";
import { loadPlanIntoExcel } from "../../src/excel/loadPlan";
import { notice } from "../../src/host/hostMessages";
import type { Report } from "../../src/domain/report";
import { COLUMN_INDEX, coverageColumns } from "../../src/workbook/coverageTable";
import { DATA_TABLE, SHEETS, type WorkbookLang } from "../../src/workbook/layout";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { seedReport } from "../helpers/seed";
import { asUser, userWorkbook } from "../helpers/strictHost";
import { PROFILES } from "../strictExcel/host";

/** The seed with footnotes on a few items, one of them worded like a formula. */
function footnoted(): Report {
  const seed = seedReport();
  const notes = [
    { mark: "*", text: "данные на 1 апреля" },
    { mark: "¹", text: "=1+1 по данным акимата" },
  ];
  return {
    ...seed,
    records: seed.records.map((r, i) => (i % 40 === 3 ? { ...r, footnotes: notes } : r)),
  };
}

/** The plan as a version before the added columns wrote it: its data table without them. */
function earlier(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) => {
        if (t.name !== DATA_TABLE) return t;
        const keep = t.columns.length - (t.addedColumns ?? 0);
        return {
          ...t,
          columns: t.columns.slice(0, keep),
          rows: t.rows.map((r) => r.slice(0, keep)),
          otherHeaders: t.otherHeaders?.map((h) => h.slice(0, keep)),
          addedColumns: 0,
        };
      }),
    })),
  };
}

const report = footnoted();
const plans = (lang: WorkbookLang) => planWorkbook([report], { lang });
const USER_FORMULA = `=SUM(${DATA_TABLE}[Covered])`;

describe.each(Object.values(PROFILES).map((p) => [p.id, p] as const))(
  "a data table an earlier version wrote (%s)",
  (_id, profile) => {
    it.each(["en", "ru"] as const)(
      "a reload in %s keeps it and grows its Footnote column; the user's formula keeps working; the workbook is a fresh load's",
      async (lang) => {
        const host = await userWorkbook(profile);
        const old = earlier(plans("en"));
        await loadPlanIntoExcel(old);
        await asUser(
          host,
          (c) => (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [[USER_FORMULA]])
        );
        const total = host.model.value("Notes", 0, 2);
        const plan = plans(lang);
        // The previous plan as the pane has it: the stored recipe, planned by this version.
        const outcome = await loadPlanIntoExcel(plan, { previous: plans("en") });
        if (outcome.kind !== "loaded") throw new Error(outcome.kind);
        const footnote = coverageColumns(lang)[COLUMN_INDEX.footnote].name;
        expect(outcome.warnings).toContainEqual(
          notice("columns-added", { table: DATA_TABLE, columns: footnote })
        );
        expect(outcome.warnings.map((w) => w.code)).not.toContain("table-rebuilt");
        expect(host.model.value("Notes", 0, 2)).toBe(total);
        expect((await checkWorkbook(plan, {})).mismatches).toEqual([]);
        // The footnotes as the report words them, kept as text: never a formula.
        const row = 1 + report.records.findIndex((r) => r.footnotes);
        expect(host.model.value(SHEETS.data, row, COLUMN_INDEX.footnote)).toBe(
          "* данные на 1 апреля; ¹ =1+1 по данным акимата"
        );

        const grown = host.snapshot();
        const other = await userWorkbook(profile);
        await loadPlanIntoExcel(plan);
        const fresh = other.snapshot();
        const ours = (s: typeof grown) => ({
          ...s,
          sheets: s.sheets.filter((x) => x.name !== "Notes"),
        });
        expect(ours(grown)).toEqual(ours(fresh));
      }
    );

    it("a failed reload leaves the table as the earlier version wrote it, without the new column", async () => {
      for (const at of ["first", "middle", "last"] as const)
        for (const sync of [1, 2, 3, 4]) {
          const host = await userWorkbook(profile);
          const old = earlier(plans("en"));
          await loadPlanIntoExcel(old);
          await asUser(
            host,
            (c) =>
              (c.workbook.worksheets.getItem("Notes").getRange("C1").formulas = [[USER_FORMULA]])
          );
          const before = host.snapshot();
          host.syncs = 0;
          host.fail = { sync, at };
          await expect(loadPlanIntoExcel(plans("ru"), { previous: plans("en") })).rejects.toThrow(
            `simulated failure of sync ${sync}`
          );
          expect({ at, sync, state: host.snapshot() }).toEqual({ at, sync, state: before });
        }
    });
  }
);
