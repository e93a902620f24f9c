/**
 * The Map as an analyst reads and prints it: the chosen measure's name is not cut by a visible
 * helper cell beside it, and the ids the tiles' formulas match on stand off the printed page.
 */
import { LANGS } from "../../src/domain/lang";
import { columnLetter } from "../../src/workbook/a1";
import { SHEETS } from "../../src/workbook/layout";
import { MAP_LAYOUT } from "../../src/workbook/mapSheet";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { quarters } from "../helpers/quarters";

const letters = (col: number) => columnLetter(col);

describe.each(LANGS)("the Map sheet in %s", (lang) => {
  const map = planWorkbook(quarters(2, 5).reports, { lang }).sheets.find(
    (s) => s.name === SHEETS.map
  )!;
  const lastPrintedCol = /:\$?([A-Z]+)\$?\d+$/.exec(map.printArea!)![1];
  /** Every non-empty cell the plan writes in a row, by 0-based column. */
  const filledIn = (row: number) =>
    map.blocks.flatMap((b) =>
      b.cells.flatMap((cells, i) =>
        b.row + i !== row ? [] : cells.flatMap((c, j) => (c === "" ? [] : [b.col + j]))
      )
    );

  it("leaves the cells right of each selector empty on the printed page", () => {
    for (const row of [MAP_LAYOUT.measureRow, MAP_LAYOUT.orgTypeRow, MAP_LAYOUT.periodRow]) {
      const printed = filledIn(row).filter(
        (c) => c > MAP_LAYOUT.valueCol && letters(c).padStart(3) <= lastPrintedCol.padStart(3)
      );
      expect({ row, printed }).toEqual({ row, printed: [] });
    }
  });

  it("keeps the ids the tiles match on off the printed page, where the formulas still read them", () => {
    expect(letters(MAP_LAYOUT.idCol).padStart(3) > lastPrintedCol.padStart(3)).toBe(true);
    const tile = map.blocks.find(
      (b) =>
        typeof b.cells[0][0] === "object" &&
        /SUMIFS/.test(String((b.cells[0][0] as { formula: string }).formula))
    )!;
    expect((tile.cells[0][0] as { formula: string }).formula).toContain(
      `$${letters(MAP_LAYOUT.idCol)}$${MAP_LAYOUT.measureRow + 1}`
    );
  });
});
