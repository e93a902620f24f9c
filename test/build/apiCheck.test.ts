/**
 * `npm run api-check` (scripts/apiCheck.ts): every Office.js member src/ uses, with its requirement
 * set from @types/office-js, used above the manifest's floor only behind a gate for its set.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyFloors,
  checkOfficeApi,
  manifestFloors,
  readOfficeUses,
} from "../../scripts/apiCheck";

const TYPES = join(__dirname, "../../node_modules/@types");

const floor = (excelApi: string) => ({
  ExcelApi: { version: excelApi, why: "test" },
});

/**
 * A project of its own (the repository's type definitions) whose src/ holds one file per case;
 * read once with the compiler.
 */
function readFixture(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "api-check-"));
  try {
    mkdirSync(join(root, "src"));
    writeFileSync(
      join(root, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2020",
          typeRoots: [TYPES],
          types: ["office-js"],
          skipLibCheck: true,
        },
        include: ["src"],
      })
    );
    writeFileSync(
      join(root, "src", "requirements.ts"),
      "export const hasExcelApi = (v: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', v);\n"
    );
    for (const [name, body] of Object.entries(files))
      writeFileSync(
        join(root, "src", name),
        `import { hasExcelApi } from "./requirements";\n${body}`
      );
    return readOfficeUses(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const FIXTURE = {
  "ungated.ts": `
      export async function f(context: Excel.RequestContext) {
        context.workbook.slicers.getItem("s").clearFilters();
        const t = context.workbook.tables.getItem("t");
        t.autoFilter.load("isDataFiltered");
        context.workbook.names.load("items/formula");
        await context.sync();
      }`,
  "gated.ts": `
      export async function f(context: Excel.RequestContext, many: boolean) {
        if (hasExcelApi("1.10")) context.workbook.slicers.getItem("s").clearFilters();
        const filter = hasExcelApi("1.9") ? context.workbook.tables.getItem("t").autoFilter.load("isDataFiltered") : null;
        const x = many && hasExcelApi("1.18") ? 1 : 0;
        await context.sync();
        return [filter?.isDataFiltered, x];
      }
      export function g(context: Excel.RequestContext) {
        if (!hasExcelApi("1.10")) return [];
        return [1, 2].map(() => context.workbook.slicers.getItem("s").load("id"));
      }
      /** @requires ExcelApi 1.10 */
      function h(context: Excel.RequestContext) {
        context.workbook.slicers.getItem("s").delete();
      }
      export function k(context: Excel.RequestContext) {
        if (hasExcelApi("1.10")) h(context);
      }`,
  "requires.ts": `
      /** @requires ExcelApi 1.10 */
      export function clearSlicer(context: Excel.RequestContext) {
        context.workbook.slicers.getItem("s").clearFilters();
      }`,
  "caller.ts": `
      import { clearSlicer } from "./requires";
      export function f(context: Excel.RequestContext) {
        clearSlicer(context);
        if (hasExcelApi("1.10")) clearSlicer(context);
      }`,
  "hidden.ts": `
      export function f(context: Excel.RequestContext) {
        const a = context.workbook["slicers"];
        const { slicers } = context.workbook;
        const b = (context.workbook as unknown as { slicers: unknown }).slicers;
        const mode = context.workbook.application.calculationMode;
        context.workbook.application.calculationMode = "Manual";
        return [a, slicers, b, mode];
      }`,
  "misgated.ts": `
      export function f(context: Excel.RequestContext) {
        if (hasExcelApi("1.9")) context.workbook.slicers.getItem("s").delete();
        if (hasExcelApi("1.10")) return; else context.workbook.slicers.getItem("s").delete();
      }`,
};

describe("api-check", () => {
  it("the add-in: every member it uses is at or below the manifest's floor or behind a gate", () => {
    const report = checkOfficeApi();
    expect(report.ungated).toEqual([]);
    expect(report.members.size).toBeGreaterThan(150);
    expect(report.floors.ExcelApi.version).toBe("1.7");
    expect(report.members.get("Excel.Slicer.clearFilters")).toEqual({
      set: "ExcelApi",
      version: "1.10",
    });
    // Members named only in load("…") strings count too.
    expect(report.members.get("Excel.AutoFilter.isDataFiltered")).toEqual({
      set: "ExcelApi",
      version: "1.9",
    });
  });

  it("takes the floor from the manifest's <Requirements>", () => {
    expect(
      manifestFloors(
        '<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.9"/></Sets></Requirements>'
      )
    ).toMatchObject({
      ExcelApi: { version: "1.9", why: "manifest.xml <Requirements>" },
      Settings: { version: "1.1" },
    });
  });

  describe("on a project of its own", () => {
    const read = readFixture(FIXTURE);
    const ungated = (file: string, excelApi = "1.7") =>
      applyFloors(read, floor(excelApi))
        .ungated.filter((u) => u.file === `src/${file}`)
        .map((u) => `${u.member} ${u.set} ${u.version} :${u.line}`)
        .sort();

    it("fails a member above the floor outside a gate, wherever it is named", () => {
      expect(ungated("ungated.ts")).toEqual([
        "Excel.AutoFilter.isDataFiltered ExcelApi 1.9 :6",
        "Excel.AutoFilter.load ExcelApi 1.9 :6",
        "Excel.Slicer.clearFilters ExcelApi 1.10 :4",
        "Excel.SlicerCollection.getItem ExcelApi 1.10 :4",
        "Excel.Table.autoFilter ExcelApi 1.9 :6",
        "Excel.Workbook.slicers ExcelApi 1.10 :4",
      ]);
      // NamedItem.formula (1.7) is at the floor; below it, it is not.
      expect(ungated("ungated.ts", "1.4")).toContain("Excel.NamedItem.formula ExcelApi 1.7 :7");
      // Above every set it uses, nothing needs a gate.
      expect(ungated("ungated.ts", "1.20")).toEqual([]);
    });

    it("accepts a use behind a gate: around it, before it in its block, on a value made under one, or a function's @requires", () => {
      expect(ungated("gated.ts")).toEqual([]);
    });

    it("a @requires function called from another module outside a gate; members reached by key, destructuring, a structural cast; a write that needs more than a read", () => {
      expect(ungated("caller.ts")).toEqual(["clearSlicer() ExcelApi 1.10 :5"]);
      expect(ungated("requires.ts")).toEqual([]);
      expect(ungated("hidden.ts")).toEqual([
        "Excel.Application.calculationMode ExcelApi 1.8 :8",
        "Excel.Workbook.slicers ExcelApi 1.10 :4",
        "Excel.Workbook.slicers ExcelApi 1.10 :5",
        "a cast (context.workbook as unknown as { slicers: unknown }…) cast 1.1 :6",
      ]);
    });

    it("a gate for a lower version does not do; nor does one on the other branch", () => {
      expect(ungated("misgated.ts")).toEqual([
        "Excel.Slicer.delete ExcelApi 1.10 :4",
        "Excel.Slicer.delete ExcelApi 1.10 :5",
        "Excel.SlicerCollection.getItem ExcelApi 1.10 :4",
        "Excel.SlicerCollection.getItem ExcelApi 1.10 :5",
        "Excel.Workbook.slicers ExcelApi 1.10 :4",
        "Excel.Workbook.slicers ExcelApi 1.10 :5",
      ]);
    });
  });
});
