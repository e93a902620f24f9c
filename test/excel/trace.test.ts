/**
 * `npm run excel-trace` as a reviewer reads it: every operation the writer queues, in order, each
 * with what it did. Run as a user runs it (tsx, a child process), for every scenario.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { COVERAGE_LAMBDA } from "../../src/excel/coverageName";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

type Record_ = { op: string; [k: string]: unknown };

function trace(...args: string[]): Record_[] {
  const r = spawnSync(TSX, ["scripts/excelTrace.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === "win32",
  });
  if (r.status !== 0)
    throw new Error(`excel-trace ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record_);
}

/** The table a record acts on, by name: its "table" field, or a "table(Name)" target. */
const tableOf = (r: Record_): string | null =>
  typeof r.table === "string"
    ? r.table
    : (/^table\(([^)]+)\)/.exec(String(r.target ?? ""))?.[1] ?? null);

const SCENARIOS = ["first-load", "reload", "reload-edited", "second-period", "switch-language"];

describe("excel-trace shows every operation", () => {
  const traces = Object.fromEntries(SCENARIOS.map((s) => [s, trace(s)]));

  it.each(SCENARIOS)(
    "%s: no table is named before it exists (added as Table1, then renamed)",
    (s) => {
      const [state, ...ops] = traces[s];
      const known = new Set(state.tables as string[]);
      for (const r of ops) {
        if (r.op === "tables.add") known.add(String(r.name));
        if (r.op === "table.rename") {
          expect({ rename: r, known: known.has(String(r.from)) }).toEqual({
            rename: r,
            known: true,
          });
          known.add(String(r.to));
        }
        const t = tableOf(r);
        if (t !== null)
          expect({ op: r.op, table: t, exists: known.has(t) }).toEqual({
            op: r.op,
            table: t,
            exists: true,
          });
      }
    }
  );

  it.each(SCENARIOS)(
    "%s: each conditional format with its formula, fill, font and priority",
    (s) => {
      const all = traces[s].filter((r) => r.op === "conditionalFormats.add");
      // The Map sheet's colour scales are traced with their points (see the Map test below).
      const added = all.filter((r) => r.type !== "ColorScale");
      expect(added.length).toBeGreaterThan(0);
      for (const r of added)
        expect(r).toMatchObject({
          formula: expect.stringMatching(/^=AND\(/),
          fill: expect.stringMatching(/^#[0-9A-F]{6}$/i),
          font: expect.stringMatching(/^#[0-9A-F]{6}$/i),
          priority: expect.any(Number),
        });
      // Within a sheet, the priorities are the rules' order: all different.
      const bySheet = new Map<string, number[]>();
      for (const r of added)
        bySheet.set(String(r.sheet), [...(bySheet.get(String(r.sheet)) ?? []), Number(r.priority)]);
      for (const [sheet, ps] of bySheet)
        expect({ sheet, unique: new Set(ps).size }).toEqual({ sheet, unique: ps.length });
    }
  );

  it.each(["first-load", "reload", "switch-language"] as const)(
    "%s: the Map sheet's colour scales and dropdowns, and the Summary's slicers",
    (s) => {
      const ops = traces[s];
      const scales = ops.filter(
        (r) => r.op === "conditionalFormats.add" && r.type === "ColorScale"
      );
      expect(scales.map((r) => [r.sheet, r.address])).toEqual([
        ["Map", "A9:G18"],
        ["Map", "A21:G30"],
      ]);
      for (const r of scales)
        expect(r.criteria).toMatchObject({
          minimum: { type: "Number", formula: "0" },
          maximum: { type: "Number", formula: "1" },
        });
      const rules = ops.filter((r) => r.op === "dataValidation.rule");
      expect(rules.map((r) => [r.sheet, r.address])).toEqual([
        ["Map", "B4"],
        ["Map", "B5"],
        ["Map", "B6"],
      ]);
      // Each validation cleared just before it is set (a reload finds the last load's).
      for (const r of rules) {
        const at = ops.indexOf(r);
        expect(ops[at - 1]).toMatchObject({ op: "dataValidation.clear", address: r.address });
      }
      // Added and named on a first load; a reload keeps the add-in's slicers (by the names it
      // gave them) and captions and places them afresh, never renaming them, adding a second set
      // nor deleting them.
      const added = ops.filter((r) => r.op === "slicers.add");
      expect(added.map((r) => [r.sheet, r.table])).toEqual(
        s === "first-load" ? Array.from({ length: 3 }, () => ["Summary", "CoverageData"]) : []
      );
      const named = ops.filter((r) => r.op === "slicer.name").map((r) => r.value);
      expect(named).toEqual(
        s === "first-load"
          ? ["CoverageSlicer_period", "CoverageSlicer_measure", "CoverageSlicer_orgType"]
          : []
      );
      expect(ops.filter((r) => r.op === "slicer.caption")).toHaveLength(3);
      expect(ops.filter((r) => r.op === "slicer.delete")).toEqual([]);
      // A reload clears the kept data table's filters (a slicer's selection) before it writes it.
      const cleared = ops.findIndex(
        (r) => r.op === "table.clearFilters" && r.name === "CoverageData"
      );
      if (s === "first-load") expect(cleared).toBe(-1);
      else {
        expect(cleared).toBeGreaterThanOrEqual(0);
        const writes = ops.findIndex((r) => /^table\.(resize|rows\.|row\.)/.test(String(r.op)));
        if (writes >= 0) expect(cleared).toBeLessThan(writes);
        expect(cleared).toBeLessThan(rules.length ? ops.indexOf(rules[0]) : Infinity);
      }
    }
  );

  it("a reload traces the clearing of each view's conditional formats before it adds them again", () => {
    const ops = traces.reload;
    const cleared = ops.filter((r) => r.op === "conditionalFormats.clearAll");
    expect(cleared.map((r) => r.sheet)).toEqual(
      expect.arrayContaining(["Video", "Guard", "Panic", "Turnstile"])
    );
    for (const sheet of ["Video", "Guard", "Panic", "Turnstile"]) {
      const clearAt = ops.findIndex(
        (r) => r.op === "conditionalFormats.clearAll" && r.sheet === sheet
      );
      const addAt = ops.findIndex((r) => r.op === "conditionalFormats.add" && r.sheet === sheet);
      expect({ sheet, clearedFirst: clearAt >= 0 && clearAt < addAt }).toEqual({
        sheet,
        clearedFirst: true,
      });
      expect(ops[clearAt].removed).toBe(8);
    }
  });

  it.each(SCENARIOS)("%s: the =COVERAGE LAMBDA name and its probe", (s) => {
    const ops = traces[s];
    const name = ops.find((r) => r.op === "names.add" && r.name === "COVERAGE");
    expect(name).toMatchObject({ formula: COVERAGE_LAMBDA });
    const probe = ops.find(
      (r) =>
        r.op === "range.set" &&
        r.sheet === "Settings" &&
        /^=COVERAGE\(/.test(String((r.value as unknown[][])?.[0]?.[0]))
    );
    expect(probe).toBeDefined();
    const cleared = ops.findIndex(
      (r) => r.op === "range.clear" && r.sheet === "Settings" && r.address === probe!.address
    );
    expect(cleared).toBeGreaterThan(ops.indexOf(probe!));
    expect(ops[ops.length - 1]).toEqual({ op: "coverageName", registered: true });
  });

  it("every record names its operation; setters without a record of their own still show", () => {
    const ops = traces["first-load"];
    for (const r of ops) expect(typeof r.op).toBe("string");
    expect(ops.some((r) => r.op === "Table.style")).toBe(true);
    expect(ops.some((r) => r.op === "RangeFormat.fill.color")).toBe(true);
  });
});

describe("excel-trace: an analyst's second quarter, a reopened workbook, a sorted table", () => {
  const ADDIN_SLICERS = [
    "CoverageSlicer_period",
    "CoverageSlicer_measure",
    "CoverageSlicer_orgType",
  ];

  it.each(["import-then-reload", "reopen-then-reload"])(
    "%s: the second load loads, with exactly the add-in's three slicers",
    (scenario) => {
      const ops = trace(scenario);
      expect(ops[ops.length - 1]).toEqual({
        op: "load",
        kind: "loaded",
        warnings: [],
        slicers: ADDIN_SLICERS,
      });
      // The reload keeps the slicers it finds by name: none is added again.
      expect(ops.filter((r) => r.op === "slicers.add")).toEqual([]);
    }
  );

  it("sort-then-check: every figure checked, none a mismatch", () => {
    const ops = trace("sort-then-check");
    expect(ops[ops.length - 1]).toEqual({ op: "check", checked: 1832, mismatches: 0 });
  });
});
