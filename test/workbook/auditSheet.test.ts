/**
 * The Audit sheet beside the data table: a finding names its territory as the table does, so a
 * lookup from the Audit into the table finds it; and "#" identifies a finding in the whole table.
 */
import { COLUMN_INDEX } from "../../src/workbook/coverageTable";
import { AUDIT_KEYS, AUDIT_TABLE, DATA_TABLE } from "../../src/workbook/layout";
import type { PlanTable } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { oneUp, seedReport } from "../helpers/seed";

/** The seed and a next quarter whose every stated change is off by one: findings for every territory. */
function twoPeriods() {
  const seed = seedReport();
  return [seed, oneUp(seed, "2023-Q2", (covered, before) => covered - before + 1)];
}

const tableNamed = (name: string, plan: ReturnType<typeof planWorkbook>): PlanTable =>
  plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;
const col = (key: (typeof AUDIT_KEYS)[number]) => AUDIT_KEYS.indexOf(key);

describe("the Audit sheet", () => {
  for (const lang of ["en", "ru"] as const) {
    const plan = planWorkbook(twoPeriods(), { lang });
    const audit = tableNamed(AUDIT_TABLE, plan);
    const data = tableNamed(DATA_TABLE, plan);

    it(`${lang}: every territory it names is one the data table has, in that period`, () => {
      const inTable = new Set(
        data.rows.map((r) => `${r[COLUMN_INDEX.period]}|${r[COLUMN_INDEX.territory]}`)
      );
      const named = audit.rows.filter((r) => r[col("territory")] !== "");
      expect(named.length).toBeGreaterThan(200);
      const missing = named
        .map((r) => `${r[col("period")]}|${r[col("territory")]}`)
        .filter((k) => !inTable.has(k));
      expect(missing).toEqual([]);
    });

    it(`${lang}: "#" is unique in the table, through all periods`, () => {
      const numbers = audit.rows.map((r) => r[col("number")]);
      expect(new Set(audit.rows.map((r) => r[col("period")])).size).toBeGreaterThan(1);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });
  }
});
