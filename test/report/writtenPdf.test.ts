/**
 * The written report's .docx, printed to PDF by LibreOffice (as a ministry clerk would), read back
 * by the add-in's PDF reader to the same figures, in Russian and in Kazakh.
 */
import { nodePdfEngine } from "../../src/cli/nodePdf";
import { percentOf } from "../../src/analysis/audit";
import { readReportSource } from "../../src/report/readReportFile";
import { reportDocx } from "../../src/report/reportDocx";
import { parseReportSource } from "../../src/report/reportSource";
import { draftReport } from "../../src/report/writeReport";
import { describeWith } from "../helpers/engineGate";
import { docxToPdfs, SOFFICE_WRITER } from "../helpers/libreoffice";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

describeWith({ "LibreOffice Writer": SOFFICE_WRITER }, "the written report, printed to PDF", () => {
  const seed = seedReport();
  const draft = draftReport(seed.records, { period: seed.period! });
  // A generated quarter against the one before: every figure, change and headline as written.
  const q = quarters(2, 23);
  const [prev, cur] = q.periods;
  const two = draftReport(
    q.reports.flatMap((r) => r.records),
    { period: cur, previous: prev }
  );
  // The four documents, printed by one LibreOffice start (a start costs seconds).
  const documents = [
    ["seed", "ru"],
    ["seed", "kk"],
    ["two", "ru"],
    ["two", "kk"],
  ] as const;
  let printed: Promise<Buffer[]> | undefined;
  const pdfOf = async (which: "seed" | "two", lang: "ru" | "kk") => {
    printed ??= Promise.all(
      documents.map(([w, l]) => reportDocx(w === "seed" ? draft : two, l))
    ).then(docxToPdfs);
    return (await printed)[documents.findIndex(([w, l]) => w === which && l === lang)];
  };
  /** A printed document as the add-in's PDF reader reads it. */
  const readBack = async (which: "seed" | "two", lang: "ru" | "kk") =>
    parseReportSource(
      await readReportSource("report.pdf", new Uint8Array(await pdfOf(which, lang)), {
        pdf: nodePdfEngine,
      })
    );
  it.each(["ru", "kk"] as const)(
    "in %s: read back from the PDF, 240 figures, each as written",
    async (lang) => {
      const back = await readBack("seed", lang);
      expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(back.period).toBe(seed.period);
      expect(back.languages?.figures).toEqual({ [lang]: 240 });
      const read = new Map(
        back.records.map((r) => [`${r.measure}|${r.orgType}|${r.territoryId}`, r])
      );
      expect(read.size).toBe(240);
      for (const r of seed.records) {
        const b = read.get(`${r.measure}|${r.orgType}|${r.territoryId}`)!;
        expect([b.covered, b.total, b.statedPercent]).toEqual([
          r.covered,
          r.total,
          Math.round(percentOf(r.covered, r.total) + 1e-9),
        ]);
      }
    },
    180_000
  );

  const key = (t: { quantity: string; level: string; measure: string | null; orgType: string }) =>
    `${t.quantity}|${t.level}|${t.measure}|${t.orgType}`;
  it.each(["ru", "kk"] as const)(
    "in %s, a generated quarter with its changes: read back from the PDF, every figure and headline",
    async (lang) => {
      const back = await readBack("two", lang);
      expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(back.period).toBe(cur);
      expect(Object.keys(back.languages?.figures ?? {})).toEqual([lang]);
      const figure = (r: (typeof back.records)[number]) => ({
        key: `${r.measure}|${r.orgType}|${r.territoryId}`,
        covered: r.covered,
        total: r.total,
        percent: r.statedPercent,
        change: r.statedChange,
      });
      const sorted = <T extends { key: string }>(xs: T[]) =>
        [...xs].sort((a, b) => a.key.localeCompare(b.key));
      expect(sorted(back.records.map(figure))).toEqual(sorted(two.report.records.map(figure)));
      const headlines = (ts: typeof back.statedTotals) =>
        ts.filter((t) => t.quantity !== "total").map((t) => [key(t), t.value] as const);
      expect(new Map(headlines(back.statedTotals))).toEqual(
        new Map(headlines(two.report.statedTotals))
      );
    },
    180_000
  );
});
