/**
 * Ranges in, spills out. A parameter declared as a matrix (`string[][]`) receives a range as a
 * two-dimensional array (learn.microsoft.com, "Custom functions parameter options", Range
 * parameters); a single value may arrive as a 1×1 matrix or, defensively, as the bare value.
 * One answer per cell of the range, with the error in the cell whose arguments don't resolve.
 * A call with single values answers exactly as before: its value, or the error for the whole cell.
 */
import { fail, type QueryResult } from "../analysis/query";
import { cellError, cellValue } from "./cellResult";

/** What one cell of a range holds, as the custom-functions runtime passes it. */
export type CellArg = string | number | boolean | null | undefined;
export type MatrixArg = CellArg[][] | CellArg;

function asMatrix(arg: MatrixArg): CellArg[][] {
  if (Array.isArray(arg))
    return arg.length ? arg.map((row) => (Array.isArray(row) ? row : [row])) : [[null]];
  return [[arg]];
}

const isSingle = (m: CellArg[][]) => m.length === 1 && m[0].length === 1;

/**
 * Applies `answer` to every combination: each matrix argument either is a single value (used for
 * every cell) or has the result's shape. Arguments of different shapes are a #VALUE! naming both.
 */
export function spill<T>(
  args: readonly MatrixArg[],
  answer: (...values: CellArg[]) => QueryResult<T>
): T[][] {
  const matrices = args.map(asMatrix);
  const shaped = matrices.filter((m) => !isSingle(m));
  if (shaped.length === 0) return [[cellValue(answer(...matrices.map((m) => m[0][0])))]];
  const rows = shaped[0].length;
  const cols = shaped[0][0].length;
  const other = shaped.find((m) => m.length !== rows || m.some((r) => r.length !== cols));
  if (other)
    return [
      [
        cellValue<T>(
          fail("invalidValue", "ranges-differ", {
            a: `${rows}×${cols}`,
            b: `${other.length}×${other[0].length}`,
          })
        ),
      ],
    ];
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const result = answer(...matrices.map((m) => (isSingle(m) ? m[0][0] : m[i][j])));
      return result.ok ? result.value : (cellError(result) as unknown as T);
    })
  );
}
