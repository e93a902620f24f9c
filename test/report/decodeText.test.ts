import { decodeReportBytes } from "../../src/report/decodeText";
import { fileProblemText } from "../../src/report/fileMessages";
import { parseReport } from "../../src/report/parseReport";
import { ENCODINGS } from "../helpers/drift";
import { SEED_TEXT, seedReport } from "../helpers/seed";

/** The seed as each encoding writes it. */
const ENCODED = Object.fromEntries(
  Object.entries(ENCODINGS).map(([name, encode]) => [name, encode(SEED_TEXT)])
);

describe("report files in any encoding the ministry saves", () => {
  for (const [name, bytes] of Object.entries(ENCODED))
    it(`${name}: read exactly, every figure as the seed's`, () => {
      const d = decodeReportBytes(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.encoding).toBe(name.split(" ")[0]);
      expect(d.text.replace(/^\uFEFF/, "")).toBe(SEED_TEXT);
      expect(parseReport(d.text).records).toEqual(seedReport().records);
    });

  it("names what a file is when it is not text", () => {
    const message = (bytes: number[]) => {
      const d = decodeReportBytes(Uint8Array.from(bytes));
      return d.ok ? `read as ${d.encoding}` : fileProblemText(d.problem, "en");
    };
    expect(message([0x50, 0x4b, 0x03, 0x04, 1, 2])).toMatch(
      /^This is a zip file \(a Word .docx is one/
    );
    expect(message([0x25, 0x50, 0x44, 0x46, 0x2d])).toMatch(/^This is a PDF file/);
    expect(message([0xd0, 0xcf, 0x11, 0xe0, 0xa1])).toMatch(/^This is an old Word .doc file/);
    expect(message([0x01, 0x00, 0x9f, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff])).toBe(
      "This is binary data, not a text report (.txt or .docx)."
    );
    expect(message([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(
      /neither UTF-8, UTF-16 nor Windows-1251/
    );
  });

  it("says what a file is in Russian too, for the Russian pane", () => {
    const problem = (bytes: number[]) => {
      const d = decodeReportBytes(Uint8Array.from(bytes));
      if (d.ok) throw new Error(`read as ${d.encoding}`);
      return fileProblemText(d.problem, "ru");
    };
    expect(problem([0x25, 0x50, 0x44, 0x46, 0x2d])).toBe(
      "Это файл PDF (сохраните отчёт как .txt или .docx), а не текст отчёта."
    );
    expect(problem([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(/^Текст не в кодировке UTF-8/);
  });
});
