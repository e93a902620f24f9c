/**
 * Word files: the document's own blocks (paragraphs and tables, docxDocument.ts) and the report
 * read from them, prose as exactly as the text.
 */
import { docxBlocks } from "../../src/report/docxDocument";
import { readReportSource, UnreadableFileError } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { makeDocx } from "../helpers/docx";
import { SEED_TEXT, seedReport } from "../helpers/seed";

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;

describe("reading a Word (.docx) report", () => {
  it("gives the same figures, at the same lines, as the text", async () => {
    const report = parseReportSource(
      await readReportSource("seed.docx", await makeDocx(SEED_TEXT))
    );
    const strip = (r: typeof report) =>
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
    expect(report.issues).toEqual([]);
    expect(strip(report)).toEqual(strip(seedReport()));
  });

  it("reads paragraphs and tables in order: runs joined, tabs and breaks kept, entities decoded, deleted and fallback text left out, spans repeated", () => {
    const xml = `<w:document ${W}><w:body>
      <w:p><w:r><w:t>По состоянию на </w:t></w:r><w:r><w:t xml:space="preserve">1 квартал &amp; </w:t></w:r><w:r><w:tab/><w:t>&#1040;&#x411;</w:t></w:r></w:p>
      <w:p><w:r><w:delText>удалено</w:delText><w:t>строка</w:t><w:br/><w:t>вторая</w:t></w:r></w:p>
      <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>A</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>A</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
      <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Школы</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
      <w:tr><w:tc><w:p><w:r><w:t>Алматы</w:t></w:r></w:p><w:p><w:r><w:t>г.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>47%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:t>после</w:t></w:r></w:p></w:body></w:document>`;
    expect(docxBlocks(xml)).toEqual([
      { kind: "paragraph", text: "По состоянию на 1 квартал & \tАБ" },
      { kind: "paragraph", text: "строка\nвторая" },
      { kind: "paragraph", text: "A" },
      {
        kind: "table",
        rows: [
          ["Школы", "Школы", ""],
          ["Алматы г.", "100", "47%"],
        ],
      },
      { kind: "paragraph", text: "после" },
    ]);
  });

  it("refuses a file that is not a Word document with what it is, not a crash", async () => {
    await expect(
      readReportSource("report.docx", new TextEncoder().encode("not a zip"))
    ).rejects.toBeInstanceOf(UnreadableFileError);
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readReportSource("other.zip", bytes)).rejects.toThrow(
      "other.zip: not a Word .docx that can be read (it has no word/document.xml, so it is not a Word document)."
    );
  });
});
