/**
 * Reports as they arrive: PDFs made here from renderReport's text (pdf-lib, laid out as a word
 * processor prints: wrapped anywhere, justified, hyphenated, a header and footer on each page), read
 * through the same path as the CLI and the pane (readReportSource with pdf.js), and the same PDFs'
 * text as a viewer's copy gives it. The figures equal what was generated, exactly, with no issue.
 */
import { nodePdfEngine } from "../../src/cli/nodePdf";
import type { Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { readReportSource, UnreadableFileError } from "../../src/report/readReportFile";
import type { PdfEngine } from "../../src/report/readPdf";
import { pageLines } from "../../src/report/pdfLines";
import { furnitureOfPages } from "../../src/report/pageFurniture";
import { parseReportSource } from "../../src/report/reportSource";
import { renderReport } from "../../src/report/renderReport";
import { encodable, figuresOf, random, randomStyle } from "../helpers/drift";
import { copiedText, makePdf, PLAIN_LAYOUT, randomLayout } from "../helpers/pdf";
import { quarters } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const read = async (bytes: Uint8Array, name = "q.pdf") =>
  parseReportSource(await readReportSource(name, bytes, { pdf: nodePdfEngine }));

const headline = (r: Report) =>
  r.statedTotals.map((t) => `${t.quantity}|${t.level}|${t.measure}|${t.orgType}=${t.value}`).sort();
/** Only these warnings may come from a variant: what its style itself asks for. */
const STYLE_WARNINGS = new Set(["thousands-separator", "thousands-spacing", "loose-item"]);

describe("a PDF of the seed", () => {
  it("reads 240 of 240 figures exactly, with no issue", async () => {
    const pdf = await makePdf(SEED_TEXT, PLAIN_LAYOUT);
    expect(pdf.pages).toBeGreaterThan(3);
    const report = await read(pdf.bytes);
    expect(report.issues).toEqual([]);
    expect(report.period).toBe("2023-Q1");
    expect(figuresOf(report.records)).toEqual(figuresOf(seedReport().records));
    expect(headline(report)).toEqual(headline(seedReport()));
  });

  it("gives each figure its page and its line there, as drawn", async () => {
    const pdf = await makePdf(SEED_TEXT, { ...PLAIN_LAYOUT, hyphenate: false });
    const report = await read(pdf.bytes);
    for (const r of report.records) {
      expect(r.page).toBeDefined();
      const at = pdf.lines.findIndex((l) => l.page === r.page!.page && l.line === r.page!.line);
      // The item starts on the line drawn there: its name there, or its mark ("г.") at the line's
      // end and its name on the next line of the text.
      const next = pdf.lines.slice(at + 1).find((l) => !l.furniture);
      const drawn = `${pdf.lines[at]?.text} / ${next?.text}`;
      expect({ name: r.territoryName, drawn }).toEqual({
        name: r.territoryName,
        drawn: expect.stringMatching(
          new RegExp(
            `${r.territoryName.split(/[\s-]/)[0]}| гг?\\. / ${r.territoryName.split(/[\s-]/)[0]}`
          )
        ),
      });
    }
  });

  it("is read the same whatever the layout: fonts, sizes, page breaks, furniture", async () => {
    const rnd = random(77);
    for (let i = 0; i < 6; i++) {
      const layout = randomLayout(rnd);
      const report = await read((await makePdf(SEED_TEXT, layout)).bytes);
      expect({ layout, issues: report.issues }).toEqual({ layout, issues: [] });
      expect(figuresOf(report.records)).toEqual(figuresOf(seedReport().records));
    }
  });
});

describe("generated reports as PDFs", () => {
  const sources = [seedReport(), ...quarters(3, 21).reports.slice(1)];
  for (let i = 0; i < 8; i++)
    it(`variant #${i} reads exactly, and so does its text copied out of the PDF`, async () => {
      const rnd = random(500 + i);
      const source = sources[i % sources.length];
      const style = encodable(randomStyle(rnd), "utf-8");
      const layout = randomLayout(rnd);
      const pdf = await makePdf(renderReport(source, style), layout);
      const expectOnly = (r: Report) => {
        expect({ layout, unexpected: r.issues.filter((x) => !STYLE_WARNINGS.has(x.code)) }).toEqual(
          { layout, unexpected: [] }
        );
        expect(r.period).toBe(source.period);
        expect(figuresOf(r.records)).toEqual(figuresOf(source.records));
        expect(headline(r)).toEqual(headline(source));
      };
      expectOnly(await read(pdf.bytes));
      expectOnly(parseReport(copiedText(pdf, "run together")));
      expectOnly(parseReport(copiedText(pdf, "form feeds")));
    });
});

describe("PDFs that can't be read, or only in part", () => {
  it("a scan (pages with no text) is said in one sentence", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2; i++)
      doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    await expect(read(await doc.save(), "scan.pdf")).rejects.toMatchObject({
      name: "UnreadableFileError",
      problem: "pdf-no-text",
      message: expect.stringMatching(/^scan\.pdf: This PDF has no text, only pictures/),
    });
  });

  it("scanned pages among text pages are said, and the text pages read", async () => {
    const pdf = await makePdf(SEED_TEXT, PLAIN_LAYOUT);
    const { PDFDocument } = await import("pdf-lib");
    const doc = await PDFDocument.load(pdf.bytes);
    doc.insertPage(1, [595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const report = await read(await doc.save());
    expect(report.issues.map((i) => [i.code, i.params?.pages])).toEqual([
      ["pdf-textless-pages", "2"],
    ]);
    expect(figuresOf(report.records)).toEqual(figuresOf(seedReport().records));
  });

  it("a file that says it is a PDF but is none is named, with what pdf.js found", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\nnot really\n");
    await expect(read(bytes, "q2.pdf")).rejects.toMatchObject({
      problem: "pdf-broken",
      message: expect.stringMatching(
        /^q2\.pdf: This file begins as a PDF but cannot be read as one \(.+\)\.$/
      ),
    });
  });

  it("a PDF behind a password is said as such (pdf.js's PasswordException)", async () => {
    const locked: PdfEngine = {
      getDocument: () => ({
        promise: Promise.reject(
          Object.assign(new Error("No password given"), { name: "PasswordException" })
        ),
        destroy: async () => undefined,
      }),
    };
    const bytes = new TextEncoder().encode("%PDF-1.7\n");
    const e = await readReportSource("q.pdf", bytes, { pdf: async () => locked }).catch((x) => x);
    expect(e).toBeInstanceOf(UnreadableFileError);
    expect((e as UnreadableFileError).say("ru")).toBe(
      "q.pdf: Этот PDF защищён паролем: откройте его, сохраните без пароля (или как .docx или .txt) и выберите снова."
    );
    expect((e as UnreadableFileError).say("kk")).toBe(
      "q.pdf: Бұл PDF құпиясөзбен қорғалған: оны ашып, құпиясөзсіз (немесе .docx не .txt ретінде) сақтаңыз да, қайта таңдаңыз."
    );
  });

  it("a page pdf.js cannot read (a broken font) is said, the other pages are read", async () => {
    const pdf = await makePdf(SEED_TEXT, PLAIN_LAYOUT);
    const real = await nodePdfEngine();
    const damaged: PdfEngine = {
      getDocument: (params) => {
        const task = real.getDocument(params);
        return {
          destroy: () => task.destroy(),
          promise: task.promise.then((doc) => ({
            numPages: doc.numPages,
            getPage: async (n: number) =>
              n === 2
                ? { getTextContent: () => Promise.reject(new Error("Invalid FontFile")) }
                : doc.getPage(n),
          })),
        };
      },
    };
    const report = parseReportSource(
      await readReportSource("q.pdf", pdf.bytes, { pdf: async () => damaged })
    );
    expect(report.issues.find((i) => i.code === "pdf-unreadable-pages")?.message).toBe(
      "Page 2 of the PDF could not be read (damaged): its figures are not read; the other pages are."
    );
    expect(report.records.length).toBeGreaterThan(100);
    expect(report.records.length).toBeLessThan(240);
  });

  it("a reader that cannot start (its worker) is said as the reader's failure, not the file's", async () => {
    const failing: PdfEngine = {
      getDocument: () => ({
        promise: Promise.reject(new Error("Setting up fake worker failed")),
        destroy: async () => undefined,
      }),
    };
    const bytes = new TextEncoder().encode("%PDF-1.7\n");
    await expect(
      readReportSource("q.pdf", bytes, { pdf: async () => failing })
    ).rejects.toMatchObject({
      problem: "pdf-engine",
      message: expect.stringMatching(
        /^q\.pdf: The PDF reader could not start here \(Setting up fake worker failed\)/
      ),
    });
  });

  it("without a PDF engine (a build that has none) a PDF is refused, never read as text", async () => {
    const pdf = await makePdf("Текст", PLAIN_LAYOUT);
    await expect(readReportSource("q.pdf", pdf.bytes)).rejects.toMatchObject({ problem: "pdf" });
  });
});

describe("lines from a page, and what is furniture", () => {
  const run = (
    text: string,
    x: number,
    y: number,
    size = 12,
    width = text.length * size * 0.5
  ) => ({
    text,
    x,
    y,
    width,
    size,
  });

  it("a footnote mark in a smaller raised font is left out, never glued to a count", () => {
    const lines = pageLines([
      run("Акмолинская (114", 50, 700),
      run("1", 158, 703.5, 7, 4),
      run(" из 122) – 93%;", 162, 700),
    ]);
    expect(lines).toEqual(["Акмолинская (114 из 122) – 93%;"]);
    expect(
      parseReport(`- организации среднего образования:\n${lines[0]}`).issues.map((i) => i.code)
    ).not.toContain("covered-exceeds-total");
  });

  it("a heading dated at a page's top is the report's line, not a header", () => {
    const pages = [
      ["Информация о мерах", "текст страницы один", "ещё текст", "1"],
      ["дошкольные организации образования на 01.04.2023", "г. Астана (96) – 100%;", "ещё", "2"],
    ];
    const furniture = furnitureOfPages(pages);
    expect(furniture[1].has(0)).toBe(false);
    expect(furniture[1].has(3)).toBe(true); // its page number is
  });
});
