/**
 * Reads a period the way people type it: "2023-Q1", "2023 Q1", "Q1 2023", "1 квартал 2023", "I кв. 2023".
 * Returns the canonical "YYYY-QN" or null.
 */
export function normalizePeriod(text: unknown): string | null {
  const raw = typeof text === "number" ? String(text) : typeof text === "string" ? text : "";
  const s = raw.trim().toUpperCase().replace(/\s+/g, " ");
  if (!s) return null;
  const year = /(?:19|20)\d{2}/.exec(s)?.[0];
  if (!year) return null;
  const rest = s.replace(year, " ");
  const q =
    /Q\s*([1-4])|([1-4])\s*(?:-?\s*[ЙЫО]*\s*)?(?:КВ|QUARTER|Q)|\b(IV|I{1,3})\b|^\s*-?\s*([1-4])\s*$/u.exec(
      rest
    );
  if (!q) return null;
  const roman: Record<string, string> = { I: "1", II: "2", III: "3", IV: "4" };
  const quarter = q[1] ?? q[2] ?? roman[q[3] ?? ""] ?? q[4];
  return quarter ? `${year}-Q${quarter}` : null;
}

/** The quarter before a canonical period: "2023-Q1" → "2022-Q4" (null for anything else). */
export function quarterBefore(period: string): string | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return null;
  const [year, quarter] = [Number(m[1]), Number(m[2])];
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
