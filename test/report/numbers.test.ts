/**
 * Numbers as reports really write them. A comma or dot between thousands is read, with a warning;
 * a number that is no count is reported, and never takes its neighbours with it: for every count
 * the seed states, making just that one unreadable loses exactly that figure and nothing else.
 */
import { issueCount, type Report, type StatedTotal } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const values = (totals: readonly StatedTotal[]) =>
  totals.map((t) => `${t.quantity}|${t.level}|${t.measure}|${t.orgType}=${t.value}`);
const figures = (r: Report) =>
  r.records.map((x) => `${x.measure}|${x.orgType}|${x.territoryId}=${x.covered}/${x.total}`);
const errors = (r: Report) => r.issues.filter((i) => i.severity === "error");

/** The offset in SEED_TEXT of a 1-based line and column. */
function offsetOf(line: number, column: number): number {
  const lines = SEED_TEXT.split("\n");
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
}

/** The count written at an offset: "9 986", "2657", "1 407" (with any of the spaces). */
function countAt(offset: number): string {
  return /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)|^\d+/.exec(SEED_TEXT.slice(offset))![0];
}

const seed = seedReport();
const counts = seed.statedTotals.filter((t) => t.quantity !== "percent");

describe("numbers in headlines and items", () => {
  for (const sep of [",", ".", "'", "  ", "\t"])
    it(`${JSON.stringify(sep)} between thousands everywhere: every figure read as written, one warning per number`, () => {
      let changed = 0;
      const text = SEED_TEXT.replace(
        /(?<![\d.,])(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d{4,})(?![\d.,%]|\s*(?:год|г\.))/gu,
        (n: string) => {
          const digits = n.replace(/\D/g, "");
          if (digits.length < 4) return n;
          changed++;
          return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        }
      );
      expect(changed).toBeGreaterThan(10);
      const r = parseReport(text);
      expect(errors(r)).toEqual([]);
      expect(values(r.statedTotals)).toEqual(values(seed.statedTotals));
      expect(figures(r)).toEqual(figures(seed));
      const spaces = /^\s+$/.test(sep);
      const warned = r.issues.filter(
        (i) => i.code === (spaces ? "thousands-spacing" : "thousands-separator")
      );
      expect(issueCount(warned)).toBe(changed);
      expect(warned[0].message).toMatch(
        spaces
          ? /has more than one space \(or a tab\) between thousands; read as \d+\.$/
          : new RegExp(`has '\\${sep}' between thousands; read as \\d+\\.$`)
      );
    });

  /** Two ways a count is no count: a decimal tail ("2657,5"), digits grouped wrong ("26 57"). */
  const UNREADABLE: Array<[string, (n: string) => string]> = [
    ["a decimal tail", (n) => `${n},5`],
    ["digits grouped wrong", (n) => n.replace(/\D/g, "").replace(/(\d\d)$/, " $1")],
  ];
  for (const [how, spoil] of UNREADABLE)
    it(`every stated count, made unreadable on its own (${how}), loses only itself (${counts.length} cases)`, () => {
      expect(counts.length).toBeGreaterThan(20);
      for (const target of counts) {
        const at = offsetOf(target.line, target.column);
        const n = countAt(at);
        expect(Number(n.replace(/\D/g, ""))).toBe(target.value);
        const bad = spoil(n);
        if (!/\d\s\d\d$|,5$/.test(bad)) continue; // a one- or two-digit count can't be grouped wrong
        const text = `${SEED_TEXT.slice(0, at)}${bad}${SEED_TEXT.slice(at + n.length)}`;
        const r = parseReport(text);
        const expected = values(seed.statedTotals.filter((t) => t !== target));
        expect({ target: values([target]), got: values(r.statedTotals) }).toEqual({
          target: values([target]),
          got: expected,
        });
        expect(figures(r)).toEqual(figures(seed));
        const issues = r.issues.filter((i) => i.code === "unreadable-number");
        expect(issues.map((i) => [i.severity, i.line, i.column, i.excerpt])).toEqual([
          ["warning", target.line, target.column, bad],
        ]);
      }
    });

  it("every item whose count is unreadable is one error naming the number; its neighbours stay", () => {
    // A sample across the sections (every 7th item), each corrupted on its own.
    for (const target of seed.records.filter((_, i) => i % 7 === 0)) {
      const itemAt = offsetOf(target.line, target.column);
      const open = SEED_TEXT.indexOf("(", itemAt) + 1;
      const n = countAt(open);
      const text = `${SEED_TEXT.slice(0, open)}${n},5${SEED_TEXT.slice(open + n.length)}`;
      const r = parseReport(text);
      const key = `${target.measure}|${target.orgType}|${target.territoryId}`;
      expect(figures(r)).toEqual(figures(seed).filter((f) => !f.startsWith(`${key}=`)));
      expect(errors(r).map((i) => [i.code, i.excerpt])).toEqual([["unreadable-number", `${n},5`]]);
      expect(errors(r)[0].message).toBe(
        `'${n},5' is not a count (counts are written 4 123 or 4123); this item is not used.`
      );
    }
  });

  it("thin, no-break and narrow no-break spaces between thousands still read without a word", () => {
    for (const space of ["\u2009", "\u00A0", "\u202F"]) {
      const text = SEED_TEXT.replace(/(\d) (\d{3})(?!\d)/g, `$1${space}$2`);
      expect(text).not.toBe(SEED_TEXT);
      const r = parseReport(text);
      expect(values(r.statedTotals)).toEqual(values(seed.statedTotals));
      expect(figures(r)).toEqual(figures(seed));
      expect(r.issues.filter((i) => /number|thousands/.test(i.code))).toEqual([]);
    }
  });
});
