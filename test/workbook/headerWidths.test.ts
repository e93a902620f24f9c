/**
 * Every header the workbook writes fits its column (up to the widest column the add-in makes): no
 * "At or above targ", no "Video surveillan", no "Восточно-Казахстанская облас" on the Map. Bold
 * text is counted a tenth wider.
 */
import { LANGS } from "../../src/domain/lang";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { HEADER_WIDTH_MAX } from "../../src/workbook/print";
import { quarters } from "../helpers/quarters";

describe("the workbook's headers fit their columns", () => {
  it.each(LANGS)("in %s", (lang) => {
    const plan = planWorkbook(quarters(2, 5).reports, { lang });
    const cut: string[] = [];
    for (const sheet of plan.sheets) {
      const check = (col: number, text: unknown) => {
        if (typeof text !== "string") return;
        const width = sheet.columnWidths[col] ?? 8.43;
        if (width < Math.min(HEADER_WIDTH_MAX, Math.ceil(text.length * 1.1) + 1))
          cut.push(`${sheet.name} column ${col}: "${text}" in ${width}`);
      };
      for (const b of sheet.blocks.filter((b) => b.style === "header"))
        for (const row of b.cells) row.forEach((cell, j) => check(b.col + j, cell));
      for (const t of sheet.tables) t.columns.forEach((c, j) => check(t.col + j, c.name));
    }
    expect(cut).toEqual([]);
  });
});
