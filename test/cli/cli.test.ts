import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { issueCount } from "../../src/domain/report";
import { territoryById } from "../../src/domain/territories";
import { coverageColumns } from "../../src/workbook/coverageTable";
import { workbookLabels } from "../../src/workbook/labels";
import { cli, cliProcess } from "../helpers/cli";
import { figureKey, quarters } from "../helpers/quarters";
import { renderReport } from "../../src/report/renderReport";
import { SEED_LIKE_STYLE } from "../../src/report/reportStyle";
import { makeDocx } from "../helpers/docx";
import {
  cp1251,
  encodable,
  ENCODINGS,
  figuresOf,
  random,
  randomStyle,
  tableDocument,
  utf16be,
} from "../helpers/drift";
import { makePdf, PLAIN_LAYOUT } from "../helpers/pdf";
import { SEED_PATH, SEED_TEXT, seedReport } from "../helpers/seed";

const RU = workbookLabels("ru");

describe("cli", () => {
  it("--help lists every command, the values each argument takes and the files it reads; exit 0", async () => {
    const r = cliProcess("--help");
    expect(r.code).toBe(0);
    for (const word of [
      "parse",
      "audit",
      "coverage",
      "change",
      "workbook",
      "kindergarten | school | college | all",
      "video | guard | panic | turnstile",
      "en | ru | kk",
      ".pdf",
      ".docx",
      ".txt",
      "Windows-1251",
      "Exit codes",
    ])
      expect(r.stdout).toContain(word);
  });

  it("parse prints the report as JSON and exits 0", async () => {
    const r = await cli("parse", SEED_PATH);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["period", "records", "statedTotals", "issues", "languages"]);
    expect(json.languages).toEqual({ figures: { ru: 240 }, both: 0, differ: 0 });
    expect(json.period).toBe("2023-Q1");
    expect(json.records).toHaveLength(240);
    expect(Object.keys(json.records[0]).sort()).toEqual(
      [
        "column",
        "covered",
        "line",
        "measure",
        "orgType",
        "period",
        "statedChange",
        "statedPercent",
        "territoryId",
        "territoryName",
        "total",
      ].sort()
    );
  });

  it("parse exits 1 on a report with errors and lists them on stderr as line:column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const file = join(dir, "bad.txt");
    writeFileSync(
      file,
      "По состоянию на 1 квартал 2023 года ЦОУ.\nСправочно:\nшколы:\nг. Астана (5) – 100%; г. Тараз (abc из 68) – 90%."
    );
    const r = await cli("parse", file);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).records).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^4:23: error: Cannot read this item as "Territory \(covered из total\) – N%": .г. Тараз \(abc из 68\) – 90%.\.\s\[malformed-item\]$/m
    );
  });

  it("exits 2 with a one-line message for a missing file", async () => {
    const r = cliProcess("parse", "no/such/file.txt");
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("cli: cannot read 'no/such/file.txt': no such file");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("audit shows the contradictions with their lines", async () => {
    const r = await cli("audit", SEED_PATH);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("9 contradictions");
    expect(r.stdout).toContain(
      "line 30:118  [percent-mismatch] Semey, Turnstiles (access control), colleges: 10 of 13 is 77%, the report states 54%"
    );
    expect(r.stdout).toContain(
      "line 23:96  [covered-sum-mismatch] Turnstiles (access control), colleges: the 20 rows sum to 184 covered, the report states 169"
    );
    expect(r.stdout).toContain(
      "line 26:36  [base-mismatch] Almaty, kindergartens: base 191 under Turnstiles (access control)"
    );
    expect(r.stdout).toContain(
      "line 22:527  [base-mismatch] Turkistan, colleges: base 2 under Panic button"
    );
    expect(r.stdout).toContain(
      "Panic button, all: the 60 rows sum to 2617 in the base, the report states 2621"
    );
    expect(r.stdout).toContain(
      "Turnstiles (access control), all: the 60 rows sum to 2619 in the base, the report states 2621"
    );
  });

  it("coverage prints the fraction, from the built-in seeds or a named report", async () => {
    expect(await cli("coverage", "Алматы", "school", "turnstile")).toMatchObject({
      code: 0,
      stdout: "0.4672897196261682\n",
    });
    expect(
      (await cli("coverage", "Алматы", "school", "turnstile", "--report", SEED_PATH)).stdout
    ).toBe("0.4672897196261682\n");
  });

  it("coverage answers an unresolvable name on stderr with suggestions and exits 1", async () => {
    const r = await cli("coverage", "Алмата", "school", "turnstile");
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toBe("Unknown territory 'Алмата'. Did you mean: Алматы, Алматинская область?");
  });

  it("workbook writes an .xlsx with the add-in's sheets", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "coverage.xlsx");
    const r = await cli("workbook", "--out", out);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const text = bytes.toString("latin1");
    for (const part of ["xl/worksheets/sheet1.xml", "xl/tables/table1.xml", "xl/workbook.xml"])
      expect(text).toContain(part);
    expect((await cli("workbook")).code).toBe(2);
  });

  it("workbook --lang ru writes the workbook in Russian: headers, the formulas that name them, the texts; an unknown language is exit 2", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "coverage-ru.xlsx");
    const r = await cli("workbook", "--out", out, "--lang", "ru");
    expect(r).toMatchObject({ code: 0, stderr: `wrote ${out}` });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const parts = await Promise.all(
      zip.file(/^xl\/(tables\/[^/]+|sharedStrings)\.xml$/).map((f) => f.async("string"))
    );
    const data = parts.find((t) => t.includes('name="CoverageData"'))!;
    for (const c of coverageColumns("ru")) expect(data).toContain(`name="${c.name}"`);
    expect(data).toContain("CoverageData[[#This Row],[Охвачено]]");
    expect(data).not.toContain("[Covered]");
    const text = parts.join("");
    for (const label of [RU.summary.title, RU.settings.legend, RU.audit.title])
      expect(text).toContain(label);
    expect(text).not.toContain(workbookLabels("en").summary.title);
    const other = await cli("workbook", "--out", out, "--lang", "de");
    expect(other.code).toBe(2);
    expect(other.stderr.split("\n")[0]).toBe("cli: --lang must be one of en, ru, kk, not 'de'");
  });

  it("change answers as EDU.CHANGE from two reports (the figures generated, not read back); one report is exit 1 with the reason", async () => {
    const q = quarters(2, 5);
    const dir = mkdtempSync(join(tmpdir(), "cli-change-"));
    const files = q.texts.map((text, i) => {
      const f = join(dir, `q${i + 1}.txt`);
      writeFileSync(f, text);
      return f;
    });
    const key = [...q.figures.get(q.periods[1])!.keys()].find((k) =>
      k.startsWith("turnstile|school|")
    )!;
    const [a, b] = q.periods.map((p) => q.figures.get(p)!.get(key)!);
    const name = territoryById(key.split("|")[2])!.nameRu;
    const r = await cli(
      "change",
      name,
      "school",
      "turnstile",
      "--report",
      files[0],
      "--report",
      files[1]
    );
    expect(r.code).toBe(0);
    expect(Number(r.stdout)).toBeCloseTo(b.covered / b.total - a.covered / a.total, 12);
    expect(r.stderr).toContain(`2023-Q1 → 2023-Q2`);
    expect(r.stderr).toContain(`covered ${a.covered} → ${b.covered}`);
    const one = await cli("change", name, "school", "turnstile", "--report", files[0]);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(
      "Only one period is loaded (2023-Q1): a change needs two. Import another quarter's report."
    );
  });

  it("parse reads a report saved as UTF-16 or Word .docx exactly as the UTF-8 one; a PDF is named, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-enc-"));
    const utf8 = JSON.parse((await cli("parse", SEED_PATH)).stdout).records;
    const utf16 = join(dir, "seed-utf16.txt");
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_TEXT, "utf16le")])
    );
    const docx = join(dir, "seed.docx");
    writeFileSync(docx, await makeDocx(SEED_TEXT));
    for (const file of [utf16, docx]) {
      const r = await cli("parse", file);
      expect({ file, code: r.code }).toEqual({ file, code: 0 });
      expect(
        JSON.parse(r.stdout).records.map((x: { covered: number; total: number }) => [
          x.covered,
          x.total,
        ])
      ).toEqual(utf8.map((x: { covered: number; total: number }) => [x.covered, x.total]));
    }
    const pdf = join(dir, "broken.pdf");
    writeFileSync(pdf, "%PDF-1.7\n");
    const r = await cli("parse", pdf);
    // Not a usage error: the command was right, the file is no report (exit 1, no usage text).
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^cli: ${pdf.replace(/[.\\]/g, "\\$&")}: This file begins as a PDF but cannot be read as one \\(.+\\)\\.$`
      )
    );
  });

  it("parse, audit and workbook read a PDF: the seed laid out on pages, exactly, with its pages and lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-pdf-"));
    const file = join(dir, "2023-q1.pdf");
    writeFileSync(file, (await makePdf(SEED_TEXT, PLAIN_LAYOUT)).bytes);
    const r = await cli("parse", file);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const parsed = JSON.parse(r.stdout);
    expect(figuresOf(parsed.records)).toEqual(figuresOf(seedReport().records));
    expect(parsed.issues).toEqual([]);
    expect(
      parsed.records.every((x: { page?: { page: number } }) => x.page && x.page.page >= 1)
    ).toBe(true);
    const audit = await cli("audit", file);
    expect(audit.stdout).toContain(`${file}: period 2023-Q1, 240 territory figures`);
    const out = join(dir, "book.xlsx");
    const book = await cli("workbook", "--out", out, "--report", file);
    expect({ code: book.code, stderr: book.stderr }).toEqual({ code: 0, stderr: `wrote ${out}` });
  });

  it("parse of a scanned PDF says so in one sentence (exit 1)", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
    const file = join(mkdtempSync(join(tmpdir(), "cli-scan-")), "scan.pdf");
    writeFileSync(file, await doc.save());
    const r = await cli("parse", file);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `cli: ${file}: This PDF has no text, only pictures of its pages (a scan): the add-in reads the text of a PDF and does not recognise text in pictures, so ask for the report as a PDF with text, a .docx or a .txt.`
    );
  });

  it("parse of a concatenated report: a few issues of each kind in full, then 'and N more like this' with their lines; exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-noise-"));
    const file = join(dir, "ten-copies.txt");
    writeFileSync(file, Array.from({ length: 10 }, () => SEED_TEXT).join("\n"));
    const r = await cli("parse", file);
    expect(r.code).toBe(1); // the duplicates are errors, as the README says
    const json = JSON.parse(r.stdout);
    expect(json.records).toHaveLength(240);
    const folded = json.issues.filter((i: { code: string }) => i.code === "duplicate-territory");
    expect(folded.at(-1).repeated.count).toBe(240 * 9 - (folded.length - 1));
    const lines = r.stderr.split("\n");
    expect(lines.length).toBeLessThan(40);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /: error: …and \d+ more like this \(lines \d+.*\)\. \[duplicate-territory\]$/
      )
    );
    const audit = await cli("audit", file);
    expect(audit.stdout).toContain(`${issueCount(json.issues)} problems reading the text:`);
    expect(issueCount(json.issues)).toBeGreaterThan(240 * 9);
  });

  it("parse reads drifted reports as they come: Windows-1251, KOI8-R, CP866, UTF-16BE without a mark, damaged UTF-8, Word prose and Word tables, each figure as generated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-drift-"));
    const source = quarters(2, 31).reports[1];
    const rnd = random(7);
    const files: Array<[string, Uint8Array]> = [
      ["q-cp1251.txt", cp1251(renderReport(source, encodable(randomStyle(rnd), "windows-1251")))],
      ["q-utf16be.txt", utf16be(renderReport(source, randomStyle(rnd)))],
      ...(["koi8-r", "ibm866"] as const).map((enc): [string, Uint8Array] => [
        `q-${enc}.txt`,
        ENCODINGS[enc](renderReport(source, encodable(randomStyle(rnd), enc))),
      ]),
      // A stray byte in UTF-8 (a copy gone wrong): read, and said.
      [
        "q-damaged.txt",
        Buffer.concat([Buffer.from([0xa0]), Buffer.from(renderReport(source, randomStyle(rnd)))]),
      ],
      ["q-prose.docx", await makeDocx(renderReport(source, randomStyle(rnd)))],
      ["q-tables.docx", await makeDocx(tableDocument(source, "type-groups", SEED_LIKE_STYLE, rnd))],
    ];
    for (const [name, bytes] of files) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = await cli("parse", file);
      const json = JSON.parse(r.stdout);
      expect({ name, code: r.code, period: json.period }).toEqual({
        name,
        code: 0,
        period: source.period,
      });
      expect(figuresOf(json.records)).toEqual(figuresOf(source.records));
      if (name === "q-damaged.txt")
        expect(r.stderr).toContain(
          "1:1: warning: 1 byte(s) of the file are not valid UTF-8 (line(s) 1); they are shown as �, and the rest is read. [damaged-text]"
        );
      if (name.endsWith("tables.docx"))
        expect(json.records[0].table).toEqual({
          table: 1,
          row: expect.any(Number),
          columns: expect.any(Object),
        });
    }
  });

  it("report writes the quarter from two reports, in Kazakh as .docx and in Russian as .txt, read back by `cli parse`: every change the difference", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const q = quarters(2, 5);
    const files = q.texts.map((t, i) => {
      const f = join(dir, `q${i + 1}.txt`);
      writeFileSync(f, t);
      return f;
    });
    for (const out of [join(dir, "report-kk.docx"), join(dir, "report-ru.txt")]) {
      const lang = out.endsWith(".docx") ? "kk" : "ru";
      const r = await cli(
        "report",
        "--lang",
        lang,
        "--out",
        out,
        "--report",
        files[0],
        "--report",
        files[1]
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        `wrote ${out}: ${q.periods[1]}, changes since ${q.periods[0]}, in ${lang}`
      );
      const parsed = JSON.parse((await cli("parse", out)).stdout) as ReturnType<typeof seedReport>;
      expect(parsed.period).toBe(q.periods[1]);
      const before = new Map(q.reports[0].records.map((x) => [figureKey(x), x.covered]));
      expect(parsed.records).toHaveLength(240);
      for (const rec of parsed.records)
        expect(rec.statedChange).toBe(rec.covered - before.get(figureKey(rec))!);
    }
    expect((await cli("report", "--out", join(dir, "x.pdf"))).code).toBe(2);
    expect((await cli("report", "--out", join(dir, "x.txt"), "--lang", "en")).code).toBe(2);
    expect((await cli("report", "--out", join(dir, "x.txt"), "--period", "1999-Q1")).code).toBe(2);
  });

  it("exits 2 on a usage error", async () => {
    expect((await cli("coverage", "Алматы")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });
});
