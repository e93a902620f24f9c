import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rangeAddress } from "../../src/workbook/a1";
import { DATA_TABLE } from "../../src/workbook/layout";
import type { PlanTable } from "../../src/workbook/plan";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { tablePartXml } from "../../src/xlsx/tableParts";
import { planToExcelJs, writeXlsx } from "../../src/xlsx/writeXlsx";
import { seedReport } from "../helpers/seed";

const plan = planWorkbook([seedReport()]);
const planTables = plan.sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s.name, table })));

interface Part {
  path: string;
  xml: string;
}

async function tableParts(bytes: Uint8Array | ArrayBuffer): Promise<Part[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    zip
      .file(/^xl\/tables\/.*\.xml$/)
      .map(async (f) => ({ path: f.name, xml: await f.async("string") }))
  );
}

const decode = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!
  );

/** The attributes of every `<tag …>` start tag, decoded. */
function starts(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, "g"))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])
    )
  );
}

/** Each <tableColumn>, with the text of its <calculatedColumnFormula> (raw, as stored), if any. */
function tableColumns(xml: string): { attrs: Record<string, string>; formula?: string }[] {
  return [...xml.matchAll(/<tableColumn\s[^>]*?(\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((m) => {
    const formulas = [
      ...(m[2] ?? "").matchAll(/<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g),
    ];
    if (formulas.length > 1) throw new Error("two calculatedColumnFormula in one column");
    return { attrs: starts(m[0], "tableColumn")[0], formula: formulas[0]?.[1] };
  });
}

function planTableOf(xml: string): PlanTable {
  const name = starts(xml, "table")[0].name;
  const found = planTables.find((t) => t.table.name === name);
  if (!found) throw new Error(`no plan table ${name}`);
  return found.table;
}

/** What must hold of the parts: each check lists the problems it finds ([]: as Excel writes it). */
const CHECKS: Record<string, (parts: Part[]) => unknown[]> = {
  "no totals row is claimed": (parts) =>
    parts.flatMap(({ path, xml }) => {
      const shown = starts(xml, "table")[0].totalsRowShown;
      const totals = tableColumns(xml).filter(
        (c) => "totalsRowLabel" in c.attrs || "totalsRowFunction" in c.attrs
      );
      return [
        ...(shown === undefined || shown === "0" ? [] : [`${path}: totalsRowShown="${shown}"`]),
        ...totals.map((c) => `${path}: ${c.attrs.name} has totals attributes`),
        ...("totalsRowCount" in starts(xml, "table")[0] ? [`${path}: totalsRowCount`] : []),
      ];
    }),

  "no empty filterColumn": (parts) =>
    parts.flatMap(({ path, xml }) =>
      [...xml.matchAll(/<filterColumn\b[^>]*(\/>|>\s*<\/filterColumn>)/g)].map(
        (m) => `${path}: ${m[0]}`
      )
    ),

  "one calculatedColumnFormula per formula column, the plan's formula without '='": (parts) =>
    parts.flatMap(({ path, xml }) => {
      const table = planTableOf(xml);
      const got = tableColumns(xml).map((c) => [c.attrs.name, c.formula && decode(c.formula)]);
      const want = table.columns.map((c) => [c.name, c.formula?.replace(/^=/, "")]);
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [{ path, got, want }];
    }),

  "ids unique across the workbook, tableColumn ids 1..n and count n": (parts) => {
    const ids = parts.map((p) => starts(p.xml, "table")[0].id);
    const problems: unknown[] = new Set(ids).size === ids.length ? [] : [{ ids }];
    for (const { path, xml } of parts) {
      const colIds = tableColumns(xml).map((c) => Number(c.attrs.id));
      const count = Number(starts(xml, "tableColumns")[0].count);
      if (colIds.some((id, i) => id !== i + 1) || count !== colIds.length)
        problems.push({ path, colIds, count });
    }
    return problems;
  },

  "name, displayName, ref, autoFilter and style agree with the plan": (parts) =>
    parts.flatMap(({ path, xml }) => {
      const t = planTableOf(xml);
      const ref = rangeAddress(t.row, t.col, 1 + t.rows.length, t.columns.length);
      const got = {
        table: starts(xml, "table")[0],
        autoFilter: starts(xml, "autoFilter"),
        style: starts(xml, "tableStyleInfo")[0],
      };
      const ok =
        got.table.displayName === t.name &&
        got.table.ref === ref &&
        (got.table.headerRowCount ?? "1") === "1" &&
        JSON.stringify(got.autoFilter) === JSON.stringify([{ ref }]) &&
        got.style.name === t.style &&
        got.style.showRowStripes === "1";
      return ok ? [] : [{ path, got }];
    }),
};

describe("the table parts of the exported workbook", () => {
  let bytes: Uint8Array;
  let parts: Part[];
  beforeAll(async () => {
    bytes = await writeXlsx(plan);
    parts = await tableParts(bytes);
  });

  it("has one part per plan table, the data table among them", () => {
    expect(parts.map((p) => starts(p.xml, "table")[0].name).sort()).toEqual(
      planTables.map((t) => t.table.name).sort()
    );
    expect(planTables.map((t) => t.table.name)).toContain(DATA_TABLE);
    // The test below means something only if the plan has formula columns.
    expect(planTableOf(parts[0].xml).columns.filter((c) => c.formula).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(CHECKS))("%s", (name) => {
    expect(CHECKS[name](parts)).toEqual([]);
  });

  it("stores the data table's formulas as Excel does: [#This Row] references, no '='", () => {
    const xml = parts.find((p) => starts(p.xml, "table")[0].name === DATA_TABLE)!.xml;
    const check = decode(tableColumns(xml).find((c) => c.attrs.name === "Check")!.formula!);
    expect(check.startsWith(`IF(ROUND(${DATA_TABLE}[[#This Row],[Coverage]]*100,0)=`)).toBe(true);
    expect(check).toContain('"differs from stated"');
  });

  it("is read back by ExcelJS, tables, header cells and formula cells intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const { sheet, table } of planTables) {
      const ws = wb.getWorksheet(sheet)!;
      const model = ws.getTable(table.name) as unknown as { model: Record<string, unknown> };
      expect(model.model).toMatchObject({
        name: table.name,
        tableRef: rangeAddress(table.row, table.col, 1 + table.rows.length, table.columns.length),
        headerRow: true,
        totalsRow: false,
      });
      // ExcelJS's reader stops listing a table's columns after the first one with a
      // calculatedColumnFormula (exceljs PR #1936), so the names are checked on the sheet.
      table.columns.forEach((c, j) => {
        expect(ws.getCell(table.row + 1, table.col + j + 1).value).toBe(c.name);
        if (c.formula)
          expect(ws.getCell(table.row + 2, table.col + j + 1).formula).toBe(c.formula.slice(1));
      });
    }
  });

  it("catches what ExcelJS writes by itself, and any inconsistency", async () => {
    const [totals, filters, formulas, ids, names] = Object.keys(CHECKS);
    const raw = await tableParts(await planToExcelJs(plan).xlsx.writeBuffer());
    for (const check of [totals, filters, formulas]) expect(CHECKS[check](raw)).not.toEqual([]);
    const broken: [string, (xml: string) => string][] = [
      [ids, (xml) => xml.replace(/ id="\d+" name=/, ' id="1" name=')],
      [ids, (xml) => xml.replace('<tableColumn id="2"', '<tableColumn id="3"')],
      [names, (xml) => xml.replace(/ displayName="[^"]*"/, ' displayName="X"')],
      [names, (xml) => xml.replace(/<autoFilter ref="[^"]*"/, '<autoFilter ref="A1:B2"')],
    ];
    for (const [check, edit] of broken)
      expect(CHECKS[check](parts.map((p) => ({ ...p, xml: edit(p.xml) })))).not.toEqual([]);
  });
});

describe("tablePartXml", () => {
  const table: PlanTable = {
    name: "T",
    row: 2,
    col: 1,
    columns: [
      { name: 'A & "B" <c>' },
      { name: "Flag", formula: "=IF(T[[#This Row],[A]]<1,\"a&b\",'x')" },
    ],
    rows: [],
    style: "TableStyleLight1",
  };

  it("escapes names and formulas, and gives a table without data one blank data row", () => {
    const xml = tablePartXml(table, 7);
    expect(xml).toContain('id="7" name="T" displayName="T" ref="B3:C4"');
    expect(xml).toContain('<autoFilter ref="B3:C4"/>');
    expect(xml).toContain('<tableColumn id="1" name="A &amp; &quot;B&quot; &lt;c&gt;"/>');
    expect(xml).toContain(
      "<calculatedColumnFormula>IF(T[[#This Row],[A]]&lt;1,&quot;a&amp;b&quot;,'x')</calculatedColumnFormula>"
    );
    expect(tableColumns(xml).map((c) => [c.attrs.name, c.formula && decode(c.formula)])).toEqual([
      ['A & "B" <c>', undefined],
      ["Flag", "IF(T[[#This Row],[A]]<1,\"a&b\",'x')"],
    ]);
  });
});
