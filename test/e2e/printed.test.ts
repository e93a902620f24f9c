/**
 * The report as a browser prints it (Chromium's print to PDF: its date and title at the top of each
 * page, the page's address and "3/7" at the bottom, justified text, soft hyphens), then read as an
 * analyst gets it: the PDF itself through pdf.js, and its text as Poppler's pdftotext gives it,
 * plain and with -layout. Every figure read exactly, with no issue.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { findPdftotext } from "../../scripts/engines";
import { nodePdfEngine } from "../../src/cli/nodePdf";
import type { Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { readReportSource } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { renderReport } from "../../src/report/renderReport";
import { encodable, figuresOf, random, randomStyle } from "../helpers/drift";
import { describeWith } from "../helpers/engineGate";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";
import { CHROMIUM, launch, printedPdf } from "./browser";

const PDFTOTEXT = findPdftotext();
const TITLE = "Информация о мерах антитеррористической защиты организаций образования";

function pdftotext(pdf: Buffer, layout: boolean): string {
  if (!PDFTOTEXT.found) throw new Error(PDFTOTEXT.why);
  const dir = mkdtempSync(join(tmpdir(), "printed-"));
  try {
    const file = join(dir, "q.pdf");
    writeFileSync(file, pdf);
    const r = spawnSync(
      PDFTOTEXT.path,
      [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"],
      {
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    if (r.status !== 0) throw new Error(`pdftotext exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Only these warnings may come from a generated quarter: what its style itself asks for. */
const STYLE_WARNINGS = new Set(["thousands-separator", "thousands-spacing", "loose-item"]);

describeWith({ Chromium: CHROMIUM, pdftotext: PDFTOTEXT }, "reports printed by a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => browser?.close());

  const readings = async (pdf: Buffer): Promise<Record<string, Report>> => ({
    "pdf.js": parseReportSource(await readReportSource("q.pdf", pdf, { pdf: nodePdfEngine })),
    pdftotext: parseReport(pdftotext(pdf, false)),
    "pdftotext -layout": parseReport(pdftotext(pdf, true)),
  });

  it("the seed: 240 of 240 figures from the PDF and from both pdftotext texts, no issue", async () => {
    const pdf = await printedPdf(browser, SEED_TEXT, TITLE);
    const expected = figuresOf(seedReport().records);
    for (const [how, report] of Object.entries(await readings(pdf))) {
      expect({ how, issues: report.issues }).toEqual({ how, issues: [] });
      expect({ how, read: report.records.length }).toEqual({ how, read: 240 });
      expect(figuresOf(report.records)).toEqual(expected);
    }
  }, 120_000);

  it("generated quarters in random styles: exactly, the same three ways", async () => {
    const sources = quarters(3, 73).reports.slice(1);
    for (let i = 0; i < sources.length; i++) {
      const rnd = random(3100 + i);
      const text = renderReport(sources[i], encodable(randomStyle(rnd), "utf-8"));
      const pdf = await printedPdf(browser, text, TITLE);
      for (const [how, report] of Object.entries(await readings(pdf))) {
        const unexpected = report.issues.filter((x) => !STYLE_WARNINGS.has(x.code));
        expect({ how, i, unexpected }).toEqual({ how, i, unexpected: [] });
        expect(report.period).toBe(sources[i].period);
        expect(figuresOf(report.records)).toEqual(figuresOf(sources[i].records));
      }
    }
  }, 240_000);
});
