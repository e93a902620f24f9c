/**
 * Word tables: a ministry .docx that gives its figures as tables, in several layouts, with columns
 * in any order and wording, gives exactly the figures generated, each with its table, row and
 * cells. A table that can't be mapped is said once, clearly, not once per cell.
 */
import type { Report } from "../../src/domain/report";
import { readDocx } from "../../src/report/docxDocument";
import { readReportSource } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { makeDocx } from "../helpers/docx";
import { figuresOf, random, randomStyle, TABLE_LAYOUTS, tableDocument } from "../helpers/drift";
import { quarters } from "../helpers/quarters";
import { seedReport, snippet } from "../helpers/seed";

const errors = (r: Report) => r.issues.filter((i) => i.severity === "error");

describe("figures given as Word tables", () => {
  const sources = [seedReport(), ...quarters(2, 77).reports.slice(1)];
  for (const layout of TABLE_LAYOUTS)
    for (let seed = 1; seed <= 4; seed++)
      it(`${layout}, variant ${seed}: every figure exactly, with its table, row and cells`, async () => {
        const rnd = random(seed * 101 + layout.length);
        const source = sources[seed % sources.length];
        const style = { ...randomStyle(rnd), thousands: seed % 2 ? " " : "\u00A0" } as const;
        const bytes = await makeDocx(tableDocument(source, layout, style, rnd));
        const report = parseReportSource(await readReportSource("report.docx", bytes));
        expect(errors(report)).toEqual([]);
        expect(figuresOf(report.records)).toEqual(figuresOf(source.records));
        // Provenance: the cells named hold the figure as written.
        const tables = (await readDocx(bytes)).flatMap((b) => (b.kind === "table" ? [b.rows] : []));
        for (const r of report.records) {
          expect(r.table).toBeDefined();
          const row = tables[r.table!.table - 1][r.table!.row - 1];
          const digits = (c: number) => row[c - 1].replace(/\D/g, "");
          expect(digits(r.table!.columns.covered)).toContain(String(r.covered));
          expect(digits(r.table!.columns.total)).toContain(String(r.total));
          expect(digits(r.table!.columns.percent)).toBe(String(r.statedPercent));
        }
      });

  it("a table whose columns can't be mapped is one error naming the table and its headers", async () => {
    const bytes = await makeDocx([
      snippet("Алматы (1 из 2) – 50%."),
      {
        table: [
          ["Код", "А", "Б"],
          ["17", "5", "7"],
          ["18", "6", "8"],
        ],
      },
    ]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(errors(report).map((i) => [i.code, i.message])).toEqual([
      [
        "unmapped-table",
        "Table 1 has figures, but its columns (Код | А | Б) can't be read as territory | covered | total | %: its 2 rows are not used.",
      ],
    ]);
    expect(report.records).toHaveLength(1);
  });

  it("a table with no measure before it or in it is one error, not one per row", async () => {
    const bytes = await makeDocx([
      "Отчёт за 2 квартал 2023 года.",
      {
        table: [
          ["Регион", "Охвачено", "Всего", "%"],
          ["Акмолинская", "5", "10", "50%"],
          ["Абай", "6", "12", "50%"],
          ["Жетісу", "7", "14", "50%"],
        ],
      },
    ]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(errors(report).map((i) => i.code)).toEqual(["table-without-context"]);
    expect(errors(report)[0].message).toMatch(
      /^Table 1: neither the table nor the text before it says which measure its figures are for .*its 3 rows are not used\.$/
    );
  });

  it("a total row is named once and not read as a territory; a bad row names its table and row", async () => {
    const bytes = await makeDocx([
      snippet(""),
      {
        table: [
          ["Регион", "Всего", "Охвачено", "%"],
          ["Алматы", "10", "5", "50%"],
          ["Нарния", "12", "6", "50%"],
          ["Итого", "22", "11", "50%"],
        ],
      },
    ]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(report.records.map((r) => [r.territoryId, r.covered, r.total, r.table?.row])).toEqual([
      [expect.any(String), 5, 10, 2],
    ]);
    const codes = report.issues.map((i) => [i.code, i.message.split(":")[0]]);
    expect(codes).toContainEqual(["unknown-territory", "Table 1, row 3"]);
    expect(codes).toContainEqual(["table-total-row", "Table 1, row 4"]);
  });

  it("a first row whose figure is missing (н/д) is a row of the table, reported by its table and row, never taken for the header", async () => {
    const bytes = await makeDocx([
      snippet(""),
      {
        table: [
          ["Регион", "Охвачено", "Всего", "%"],
          ["Алматы", "н/д", "10", "–"],
          ["Акмолинская область", "н/д", "12", "–"],
          ["Шымкент", "6", "12", "50%"],
          ["Астана", "7", "14", "50%"],
        ],
      },
    ]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(report.records.map((r) => [r.covered, r.total, r.table?.row])).toEqual([
      [6, 12, 4],
      [7, 14, 5],
    ]);
    // A territory's name with "область" in it is a row too, never taken for a header.
    expect(errors(report).map((i) => [i.code, i.message.split(":")[0]])).toEqual([
      ["malformed-item", "Table 1, row 2"],
      ["malformed-item", "Table 1, row 3"],
    ]);
  });

  it("a change in percentage points beside the share is not read as the share or as a change; said once", async () => {
    const bytes = await makeDocx([
      snippet(""),
      {
        table: [
          ["Регион", "Охвачено", "Всего", "Изменение, %", "Доля, %"],
          ["Алматы", "5", "10", "+3", "50%"],
          ["Шымкент", "6", "12", "-2", "50%"],
        ],
      },
    ]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(
      report.records.map((r) => [r.covered, r.total, r.statedPercent, r.statedChange])
    ).toEqual([
      [5, 10, 50, null],
      [6, 12, 50, null],
    ]);
    expect(
      report.issues.filter((i) => i.code.startsWith("table")).map((i) => [i.code, i.message])
    ).toEqual([
      [
        "table-column-not-read",
        "Table 1: the column 'Изменение, %' is a change in percentage points, not in organisations; it is not read (the add-in computes changes from each period's figures).",
      ],
    ]);
  });

  it("prose that sits in a layout table is read as prose", async () => {
    const [prose, ...rest] = snippet("Алматы (1 из 2) – 50%.").split("\n");
    const bytes = await makeDocx([{ table: [[prose]] }, rest.join("\n")]);
    const report = parseReportSource(await readReportSource("r.docx", bytes));
    expect(report.period).toBe("2023-Q2");
    expect(report.records.map((r) => [r.covered, r.total])).toEqual([[1, 2]]);
  });
});
