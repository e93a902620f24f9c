/**
 * Noise control: a repeated or concatenated report raises the same issue thousands of times. Each
 * kind is given in full a few times, then folded into one "and N more like this" entry that keeps
 * the line of every repeat; no figure and no count is lost.
 */
import { issueCount, type ReportIssue } from "../../src/domain/report";
import { lineList, SHOWN_PER_KIND } from "../../src/report/issueCollector";
import { parseReport } from "../../src/report/parseReport";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const byKind = (issues: readonly ReportIssue[]) => {
  const kinds = new Map<string, ReportIssue[]>();
  for (const i of issues) {
    const k = `${i.severity}|${i.code}`;
    kinds.set(k, [...(kinds.get(k) ?? []), i]);
  }
  return kinds;
};

describe("repeated issues are grouped", () => {
  for (const copies of [2, 3, 25]) {
    it(`${copies} copies of the seed: every repeat counted and located, a few shown in full`, () => {
      const text = Array.from({ length: copies }, () => SEED_TEXT).join("\n");
      const report = parseReport(text);
      const seed = seedReport();
      // The first copy's figures, exactly; the later copies' items are duplicates, never used.
      expect(report.records.map((r) => [r.territoryId, r.covered, r.total])).toEqual(
        seed.records.map((r) => [r.territoryId, r.covered, r.total])
      );
      // Each later copy's opening paragraph ends the list before it: prose, not a broken item.
      expect(report.issues.filter((i) => i.code === "malformed-item")).toEqual([]);
      const duplicates = report.issues.filter((i) => i.code === "duplicate-territory");
      expect(issueCount(duplicates)).toBe(seed.records.length * (copies - 1));
      for (const [kind, list] of byKind(report.issues)) {
        const folded = list.filter((i) => i.repeated);
        expect({ kind, entries: list.length }).toEqual({
          kind,
          entries: Math.min(list.length, SHOWN_PER_KIND + 1),
        });
        expect(folded.length).toBeLessThanOrEqual(1);
        if (folded.length) {
          const f = folded[0];
          expect(f.repeated!.lines).toHaveLength(f.repeated!.count);
          expect(f.message).toMatch(
            new RegExp(`^…and ${f.repeated!.count} more like this \\(lines? `)
          );
          // The lines are the repeats' own: every later copy of an item's line is among them.
          expect(f.line).toBe(f.repeated!.lines[0]);
        }
      }
      // The repeats' lines are the duplicates' real lines: the shown ones plus the folded ones
      // give every item line of copies 2…n.
      const lineCount = SEED_TEXT.split("\n").length;
      const expected: number[] = [];
      for (let c = 1; c < copies; c++)
        for (const r of seed.records) expected.push(r.line + c * lineCount);
      const got = duplicates.flatMap((i) => (i.repeated ? i.repeated.lines : [i.line]));
      expect(got.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      // The JSON stays small however many copies there are.
      expect(JSON.stringify(report).length).toBeLessThan(100_000 + copies * 20_000);
    });
  }

  it("a report with few issues shows each one in full", () => {
    const text = SEED_TEXT.replace("Алматы (", "Алмааты (").replace("Астана (", "Астанаа (");
    const report = parseReport(text);
    expect(report.issues.some((i) => i.repeated)).toBe(false);
    expect(report.issues.filter((i) => i.code === "unknown-territory").length).toBeGreaterThan(0);
  });

  it("distinct problems of one kind are each given in full; only true repeats are folded", () => {
    const typos: Array<[string, string]> = [
      ["Акмолинская (114", "Акмолинскя (114"],
      ["Абай (21", "Абйа (21"],
      ["Актюбинская (44", "Актюбинскаяя (44"],
      ["Алматинская (6 ", "Алматинкая (6 "],
      ["Атырауская (17", "Атыраусккая (17"],
      ["Жамбылская (5 ", "Жамбыская (5 "],
      ["Жетысу (29", "Жетсыу (29"],
      ["Карагандинская (105", "Кранагандинская (105"],
    ];
    let text = SEED_TEXT;
    for (const [from, to] of typos) {
      expect(text.includes(from)).toBe(true);
      text = text.replace(from, to);
    }
    const unknown = parseReport(text).issues.filter((i) => i.code === "unknown-territory");
    expect(unknown.some((i) => i.repeated)).toBe(false);
    expect(unknown.map((i) => i.params?.name)).toEqual(typos.map(([, to]) => to.split(" (")[0]));
    // Pasted twice, each misspelling is still said once in full; its repeat is folded.
    const twice = parseReport(`${text}\n${text}`).issues.filter(
      (i) => i.code === "unknown-territory"
    );
    expect(twice.filter((i) => !i.repeated)).toHaveLength(typos.length);
    expect(twice.filter((i) => i.repeated).map((i) => i.repeated!.count)).toEqual([typos.length]);
  });

  it("lists lines as runs, cut after a few", () => {
    expect(lineList([7])).toBe("line 7");
    expect(lineList([4, 7, 8, 9, 12])).toBe("lines 4, 7–9, 12");
    expect(
      lineList(
        Array.from({ length: 20 }, (_, i) => i * 2),
        3
      )
    ).toBe("lines 0, 2, 4, …");
  });
});
