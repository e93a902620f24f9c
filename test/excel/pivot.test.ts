import { buildPivot } from "../../src/excel/pivot";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { seedReport } from "../helpers/seed";

function install(supported: boolean) {
  const calls: string[] = [];
  const hierarchy = (kind: string) => ({
    add: (h: { name: string }) => calls.push(`${kind}:${h.name}`),
  });
  // office-addin-mock cannot load collections ("items/name"), so this host is a plain object.
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        load() {
          return this;
        },
        items: [{ name: "Coverage" }],
        add: (name: string) => {
          calls.push(`sheet:${name}`);
          return {
            getRange: () => ({ values: [], format: { font: {} } }),
            activate: () => calls.push("activate"),
          };
        },
      },
      pivotTables: {
        load() {
          return this;
        },
        items: [{ name: "SomeoneElsesPivot" }],
        add: (name: string, source: string, destination: unknown) => {
          calls.push(`pivot:${name}:${source}:${destination ? "A3" : "?"}`);
          return {
            hierarchies: { getItem: (n: string) => ({ name: n }) },
            rowHierarchies: hierarchy("row"),
            columnHierarchies: hierarchy("column"),
            dataHierarchies: hierarchy("data"),
            filterHierarchies: hierarchy("filter"),
          };
        },
      },
    },
  };
  Object.assign(globalThis, {
    Excel: { run: async (cb: (c: unknown) => Promise<void>) => cb(context) },
    Office: {
      context: {
        requirements: { isSetSupported: (set: string, v: string) => supported || Number(v) < 1.8 },
      },
    },
  });
  return calls;
}

describe("buildPivot", () => {
  const pivot = planWorkbook([seedReport()]).pivot;

  it("builds rows Territory, columns Org type, values Covered and Total, filter Measure", async () => {
    const calls = install(true);
    expect(await buildPivot(pivot)).toEqual({ built: true });
    expect(calls).toEqual([
      "sheet:Pivot",
      "pivot:CoveragePivot:Coverage:A3",
      "row:Territory",
      "column:Org type",
      "data:Covered",
      "data:Total",
      "filter:Measure",
      "activate",
    ]);
  });

  it("says what to do when the host has no PivotTable API", async () => {
    const calls = install(false);
    const r = await buildPivot(pivot);
    expect(r).toEqual({ built: false, reason: expect.stringContaining("ExcelApi 1.8") });
    expect(calls).toEqual([]);
  });
});
