import { docxToText, isDocx } from "../../src/report/docxText";
import { parseReport } from "../../src/report/parseReport";
import { makeDocx } from "../helpers/docx";
import { SEED_TEXT, seedReport } from "../helpers/seed";

describe("reading a Word (.docx) report", () => {
  it("gives the same figures as the text", async () => {
    const bytes = await makeDocx(SEED_TEXT);
    const text = await docxToText(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
    );
    const fromWord = parseReport(text);
    const strip = (r: ReturnType<typeof parseReport>) =>
      r.records.map((x) => [
        x.measure,
        x.orgType,
        x.territoryId,
        x.covered,
        x.total,
        x.statedPercent,
        x.statedChange,
        x.line,
      ]);
    expect(fromWord.issues).toEqual([]);
    expect(strip(fromWord)).toEqual(strip(seedReport()));
  });

  it("tells .docx from other files", () => {
    expect(isDocx("Отчёт 2 кв.DOCX")).toBe(true);
    expect(isDocx("report.txt")).toBe(false);
  });

  it("rejects a file that is not a Word document with an error, not a crash", async () => {
    await expect(
      docxToText(new TextEncoder().encode("not a zip").buffer as ArrayBuffer)
    ).rejects.toThrow();
  });
});
