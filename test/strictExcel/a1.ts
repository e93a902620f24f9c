/** A1 addresses for the strict host (0-based rows and columns inside). */

export interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

import { columnLetter } from "../../src/workbook/a1";

/** Column letters: the project's own helper (one piece of code per idea). */
export const colLetters = columnLetter;

export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${b}`;
}

/** "Sheet!A1:B2", "'My sheet'!A1", "A:C", "3:5", "B7" → sheet (if any) and rectangle. Anything else throws. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let a = address;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  a = a.replace(/\$/g, "");
  let m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m)
    return {
      sheet,
      rect: {
        r0: 0,
        rows: MAX_ROWS,
        c0: colIndex(m[1]),
        cols: colIndex(m[2]) - colIndex(m[1]) + 1,
      },
    };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m)
    return {
      sheet,
      rect: { c0: 0, cols: MAX_COLS, r0: Number(m[1]) - 1, rows: Number(m[2]) - Number(m[1]) + 1 },
    };
  m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (!m)
    throw Object.assign(new Error(`InvalidArgument: '${address}' is not an A1 address`), {
      code: "InvalidArgument",
    });
  const r0 = Number(m[2]) - 1;
  const c0 = colIndex(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? colIndex(m[3]) : c0;
  if (r1 < r0 || c1 < c0 || r1 >= MAX_ROWS || c1 >= MAX_COLS)
    throw Object.assign(new Error(`InvalidArgument: '${address}' is not a valid range`), {
      code: "InvalidArgument",
    });
  return { sheet, rect: { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
}

export const overlaps = (a: Rect, b: Rect) =>
  a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;

export const contains = (outer: Rect, r: number, c: number) =>
  r >= outer.r0 && r < outer.r0 + outer.rows && c >= outer.c0 && c < outer.c0 + outer.cols;
