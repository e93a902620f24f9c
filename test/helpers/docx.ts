/**
 * A minimal valid Word document (OOXML): one paragraph per line of prose, and tables as Word
 * writes them (a cell spanning several grid columns carries w:gridSpan), as the ministry's .docx
 * would carry its text and figures.
 */
import JSZip from "jszip";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A table cell: its text, or its text and how many grid columns it spans. */
export type DocxCell = string | { text: string; span: number };
export type DocxPart = string | { table: DocxCell[][] };

const paragraph = (line: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`;

function table(rows: DocxCell[][]): string {
  const cols = Math.max(
    ...rows.map((r) => r.reduce((n, c) => n + (typeof c === "string" ? 1 : c.span), 0))
  );
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(cols)}</w:tblGrid>`;
  const tr = (r: DocxCell[]) =>
    `<w:tr>${r
      .map((c) => {
        const { text, span } = typeof c === "string" ? { text: c, span: 1 } : c;
        const props = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : "";
        return `<w:tc>${props}${paragraph(text)}</w:tc>`;
      })
      .join("")}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${grid}${rows.map(tr).join("")}</w:tbl><w:p/>`;
}

/** A .docx of prose (a string: a paragraph per line) and tables, in order. */
export async function makeDocx(content: string | DocxPart[]): Promise<Buffer> {
  const parts = typeof content === "string" ? [content] : content;
  const body = parts
    .map((p) => (typeof p === "string" ? p.split("\n").map(paragraph).join("") : table(p.table)))
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  );
  return zip.generateAsync({ type: "nodebuffer" });
}
