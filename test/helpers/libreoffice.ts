/**
 * Recalculates an .xlsx in real LibreOffice (headless, a throwaway profile with OOXMLRecalcMode = 0
 * so it recomputes every formula instead of trusting cached values) and returns each sheet as CSV rows.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice, findSofficeWriter } from "../../scripts/engines";

/** LibreOffice, found by scripts/engines.ts (SOFFICE_PATH overrides). */
export const SOFFICE = findSoffice();
/** LibreOffice with Writer, for a Word document printed to PDF. */
export const SOFFICE_WRITER = findSofficeWriter(SOFFICE);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** RFC 4180 CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Converts an .xlsx (or a .docx) with LibreOffice (a throwaway profile that recomputes every formula); its output files. */
function convert(
  bytes: Uint8Array | readonly Uint8Array[],
  filter: string,
  ext: "xlsx" | "docx" = "xlsx"
): Array<{ name: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  mkdirSync(join(dir, "profile/user"), { recursive: true });
  writeFileSync(join(dir, "profile/user/registrymodifications.xcu"), RECALC_ALWAYS);
  // Several files go to one LibreOffice start (a start with a fresh profile costs seconds):
  // book.ext, or book-0.ext, book-1.ext, … in order.
  const list = bytes instanceof Uint8Array ? [bytes] : bytes;
  const files = list.map((b, i) => {
    const file = join(dir, list.length === 1 ? `book.${ext}` : `book-${i}.${ext}`);
    writeFileSync(file, b);
    return file;
  });
  const out = join(dir, "out");
  mkdirSync(out);
  if (!SOFFICE.found) throw new Error(SOFFICE.why);
  const r = spawnSync(
    SOFFICE.path,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      out,
      ...files,
    ],
    // Killed after two minutes: a LibreOffice that hangs fails the test with the reason.
    { encoding: "utf8", timeout: 120_000, killSignal: "SIGKILL" }
  );
  if (r.status !== 0)
    throw new Error(
      `LibreOffice (${SOFFICE.path}) failed (${r.status ?? r.signal}): ${r.error?.message ?? ""} ${r.stderr ?? ""}`.trim()
    );
  return readdirSync(out)
    .sort((x, y) => x.localeCompare(y, "en", { numeric: true }))
    .map((name) => ({ name, path: join(out, name) }));
}

export function recalcToCsv(xlsxBytes: Uint8Array): Record<string, string[][]> {
  const sheets: Record<string, string[][]> = {};
  // UTF-8, raw values (not "as shown"), every sheet to its own file.
  for (const f of convert(
    xlsxBytes,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
  )) {
    const sheet = basename(f.name, ".csv").replace(/^book-/, "");
    sheets[sheet] = parseCsv(readFileSync(f.path, "utf8"));
  }
  return sheets;
}

/** The workbook printed by LibreOffice: every sheet, as its print setup says, to one PDF. */
/** A Word document printed by LibreOffice to PDF. */
/** Several .docx printed to PDF by one LibreOffice start, each PDF in its document's place. */
export function docxToPdfs(docs: readonly Uint8Array[]): Buffer[] {
  const pdfs = convert(docs, "pdf", "docx");
  if (pdfs.length !== docs.length)
    throw new Error(`LibreOffice printed ${pdfs.length} of ${docs.length} documents`);
  return pdfs.map((p) => readFileSync(p.path));
}

export function printToPdf(xlsxBytes: Uint8Array): Buffer {
  const [pdf] = convert(xlsxBytes, "pdf");
  return readFileSync(pdf.path);
}

/** "46.7289719626168%" → 0.467289719626168; "12" → 12; "" → null. */
export function num(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === "") return null;
  const pct = cell.endsWith("%");
  const n = Number(cell.replace("%", ""));
  if (Number.isNaN(n)) return null;
  return pct ? n / 100 : n;
}
