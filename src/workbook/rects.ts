/** Rectangles of cells (0-based), for clearing what a sheet holds around the tables it keeps. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** `outer` minus the `holes`, as disjoint rectangles (holes outside `outer` are ignored). */
export function subtractRects(outer: CellRect, holes: readonly CellRect[]): CellRect[] {
  let pieces: CellRect[] = [outer];
  for (const h of holes) {
    const next: CellRect[] = [];
    for (const p of pieces) {
      const top = Math.max(p.row, h.row);
      const bottom = Math.min(p.row + p.rows, h.row + h.rows);
      const left = Math.max(p.col, h.col);
      const right = Math.min(p.col + p.cols, h.col + h.cols);
      if (top >= bottom || left >= right) {
        next.push(p);
        continue;
      }
      // Above, below, then the left and right strips beside the hole.
      if (p.row < top) next.push({ row: p.row, col: p.col, rows: top - p.row, cols: p.cols });
      if (bottom < p.row + p.rows)
        next.push({ row: bottom, col: p.col, rows: p.row + p.rows - bottom, cols: p.cols });
      if (p.col < left) next.push({ row: top, col: p.col, rows: bottom - top, cols: left - p.col });
      if (right < p.col + p.cols)
        next.push({ row: top, col: right, rows: bottom - top, cols: p.col + p.cols - right });
    }
    pieces = next;
  }
  return pieces;
}

/** "A1:P241" (no sheet) → rectangle. */
export function rectFromAddress(address: string): CellRect {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw new Error(`Not an A1 range: ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
