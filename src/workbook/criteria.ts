import { DATA_TABLE, NAMES } from "./layout";

/** SUMIFS over the data table for the report period, with extra (column, criterion) pairs. */
export function sumifs(
  valueColumn: "Covered" | "Total",
  criteria: ReadonlyArray<[string, string]>
): string {
  const parts = [
    `${DATA_TABLE}[Period],${NAMES.period}`,
    ...criteria.map(([col, crit]) => `${DATA_TABLE}[${col}],${crit}`),
  ];
  return `SUMIFS(${DATA_TABLE}[${valueColumn}],${parts.join(",")})`;
}

/** A quoted formula string literal. */
export function lit(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
