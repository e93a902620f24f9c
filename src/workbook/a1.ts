/** A1 addresses from 0-based positions. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row + 1}` : `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as formulas need it: quoted when it has anything but letters, digits and _. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Moves the relative row numbers of A1 references in a formula by `delta` ("$M2" → "$M5").
 * Absolute rows ($M$2), quoted text and names are left alone.
 */
export function shiftRows(formula: string, delta: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (m, quoted, colAbs, col, rowAbs, row, offset, whole) => {
      if (quoted) return quoted;
      const before = offset > 0 ? whole[offset - 1] : "";
      if (/[A-Za-z_.]/.test(before)) return m; // part of a name such as Lag_video_all or a sheet name
      return `${colAbs}${col}${rowAbs}${rowAbs ? row : Number(row) + delta}`;
    }
  );
}
