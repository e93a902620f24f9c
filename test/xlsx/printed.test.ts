/**
 * The workbook as an analyst hands it on: printed by LibreOffice from the .xlsx, page by page
 * (Poppler's pdftotext). Every page carries the header (what the workbook is, the period, the
 * sheet); the Summary and the Map are one page each, the Map without its dropdowns' lists; the
 * data table's header row repeats on each of its pages; the whole book is a handful of pages, not
 * the 125 it printed as before it had a print setup.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { findPdftotext } from "../../scripts/engines";
import { periodName } from "../../src/domain/lang";
import { workbookLabels } from "../../src/workbook/labels";
import { SHEETS } from "../../src/workbook/layout";
import { planWorkbook } from "../../src/workbook/planWorkbook";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { describeWith } from "../helpers/engineGate";
import { printToPdf, SOFFICE } from "../helpers/libreoffice";
import { quarters } from "../helpers/quarters";

const PDFTOTEXT = findPdftotext();

/** Each printed page's text. */
function pages(pdf: Buffer): string[] {
  if (!PDFTOTEXT.found) throw new Error(PDFTOTEXT.why);
  const dir = mkdtempSync(join(tmpdir(), "printed-book-"));
  try {
    writeFileSync(join(dir, "b.pdf"), pdf);
    const r = spawnSync(PDFTOTEXT.path, ["-enc", "UTF-8", join(dir, "b.pdf"), "-"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`pdftotext exited ${r.status}: ${r.stderr}`);
    return r.stdout.split("\f").filter((p) => p.trim() !== "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page as a PNG (Poppler's pdftoppm, beside pdftotext), to `out`.png. */
function pagePicture(pdf: Buffer, page: number, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), "printed-page-"));
  try {
    writeFileSync(join(dir, "b.pdf"), pdf);
    const pdftoppm = join(dirname(PDFTOTEXT.found ? PDFTOTEXT.path : ""), "pdftoppm");
    const args = ["-r", "110", "-f", `${page}`, "-l", `${page}`, "-png", "-singlefile"];
    const r = spawnSync(pdftoppm, [...args, join(dir, "b.pdf"), out], { timeout: 60_000 });
    if (r.status !== 0) throw new Error(`pdftoppm exited ${r.status}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeWith({ LibreOffice: SOFFICE, pdftotext: PDFTOTEXT }, "the workbook printed", () => {
  it.each(["en", "ru", "kk"] as const)(
    "in %s: headed pages, a one-page Summary and Map, the data's header on each page",
    async (lang) => {
      const { reports } = quarters(2, 77);
      const plan = planWorkbook(reports, { lang });
      const pdf = printToPdf(await writeXlsx(plan));
      const printed = pages(pdf);
      const title = workbookLabels(lang).printTitle(periodName(plan.options.period, lang));
      // Which sheet each page is of, from its header ("… — Summary").
      const sheetOf = printed.map((p) => {
        const header = p.split("\n").find((l) => l.includes(title)) ?? "";
        return header.slice(header.lastIndexOf("— ") + 2).trim();
      });
      expect(sheetOf.filter((s) => s === "")).toEqual([]);
      expect([...new Set(sheetOf)]).toEqual(plan.sheets.map((s) => s.name));
      const count = (name: string) => sheetOf.filter((s) => s === name).length;
      expect(count(SHEETS.summary)).toBe(1);
      expect(count(SHEETS.map)).toBe(1);
      // The Map's page: the map and its choices, not the lists its dropdowns read.
      const map = printed[sheetOf.indexOf(SHEETS.map)];
      expect(map).not.toMatch(/^(turnstile|kindergarten)$/m);
      // The data table: its header row on every one of its pages.
      const header = workbookLabels(lang).coverageColumns.covered;
      const data = printed.filter((_, i) => sheetOf[i] === SHEETS.data);
      expect(data.length).toBeGreaterThan(1);
      for (const page of data) expect(page).toContain(header);
      const planned = plan.sheets.reduce((n, s) => n + (s.print?.fitTall ?? 1), 0);
      expect(printed.length).toBeLessThanOrEqual(planned);
      expect(printed.length).toBeLessThan(25);
      // PRINTED_PICTURES=docs: the Summary's and the Map's pages as the README shows them.
      const folder = process.env.PRINTED_PICTURES;
      if (folder && lang === "ru")
        for (const name of [SHEETS.summary, SHEETS.map])
          pagePicture(
            pdf,
            sheetOf.indexOf(name) + 1,
            join(folder, `printed-${name.toLowerCase()}-${lang}`)
          );
    }
  );
});
