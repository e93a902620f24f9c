import { decodeReportBytes } from "../../src/report/decodeText";
import { fileProblemText } from "../../src/report/fileMessages";
import { parseReport } from "../../src/report/parseReport";
import { asSavedIn, ENCODINGS, figuresOf } from "../helpers/drift";
import { SEED_TEXT, seedReport } from "../helpers/seed";

/** The seed as each encoding writes it (KOI8-R and CP866 without the dashes they lack). */
const SAVED = (name: string) => asSavedIn(SEED_TEXT, name.split(" ")[0]);
const ENCODED = Object.fromEntries(
  Object.entries(ENCODINGS).map(([name, encode]) => [name, encode(SAVED(name))])
);

describe("report files in any encoding the ministry saves", () => {
  for (const [name, bytes] of Object.entries(ENCODED))
    it(`${name}: read exactly, every figure as the seed's`, () => {
      const d = decodeReportBytes(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.encoding).toBe(name.split(" ")[0]);
      expect(d.text.replace(/^\uFEFF/, "")).toBe(SAVED(name));
      expect(parseReport(d.text).records).toEqual(seedReport().records);
    });

  it("UTF-8 with a stray byte, or cut inside a letter: read, the damage counted with its line", () => {
    const utf8 = Buffer.from(SEED_TEXT, "utf8");
    const at = utf8.indexOf(Buffer.from("Акмолинская", "utf8"));
    const stray = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xa0]), utf8.subarray(at)]);
    const d = decodeReportBytes(stray);
    if (!d.ok) throw new Error(d.problem);
    expect(d.encoding).toBe("utf-8");
    const line = SEED_TEXT.slice(0, SEED_TEXT.indexOf("Акмолинская")).split("\n").length;
    expect(d.damaged).toEqual({ count: 1, lines: [line] });
    expect(figuresOf(parseReport(d.text).records)).toEqual(figuresOf(seedReport().records));
    // Cut in the middle of a two-byte letter: what was read is kept, the cut letter said.
    const lastLetter = utf8.lastIndexOf(0xd0);
    const cut = decodeReportBytes(utf8.subarray(0, lastLetter + 1));
    if (!cut.ok) throw new Error(cut.problem);
    expect(cut.damaged).toEqual({ count: 1, lines: [SEED_TEXT.trimEnd().split("\n").length] });
  });

  it("many bytes that are no UTF-8 and read as no Russian: refused, never read as garbage", () => {
    const noise = Uint8Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    const d = decodeReportBytes(noise);
    expect(d.ok ? d.encoding : d.problem).toBe("encoding");
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
      "This is binary data, not a report (.txt, .docx or .pdf)."
    );
    expect(message([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(
      /as Russian in none of UTF-8, UTF-16, Windows-1251, KOI8-R and CP866/
    );
  });

  it("says what a file is in Russian too, for the Russian pane", () => {
    const problem = (bytes: number[]) => {
      const d = decodeReportBytes(Uint8Array.from(bytes));
      if (d.ok) throw new Error(`read as ${d.encoding}`);
      return fileProblemText(d.problem, "ru");
    };
    expect(problem([0x25, 0x50, 0x44, 0x46, 0x2d])).toBe(
      "Это файл PDF, а чтение PDF здесь недоступно: сохраните отчёт как .txt или .docx."
    );
    expect(problem([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(/^Текст не читается как русский/);
  });

  it("says what a file is in Kazakh too, for the Kazakh pane", () => {
    const problem = (bytes: number[]) => {
      const d = decodeReportBytes(Uint8Array.from(bytes));
      if (d.ok) throw new Error(`read as ${d.encoding}`);
      return fileProblemText(d.problem, "kk");
    };
    expect(problem([0x25, 0x50, 0x44, 0x46, 0x2d])).toBe(
      "Бұл — PDF файлы, ал мұнда PDF оқу мүмкін емес: есепті .txt немесе .docx ретінде сақтаңыз."
    );
    expect(problem([0x01, 0x00, 0x9f, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff])).toBe(
      "Бұл — есеп (.txt, .docx немесе .pdf) емес, екілік деректер."
    );
    expect(problem([0x80, 0x81, 0x82, 0x83, 0x84, 0x85])).toMatch(
      /^Мәтін UTF-8, UTF-16, Windows-1251, KOI8-R және CP866 кодтауларының ешқайсысында орысша оқылмайды/
    );
  });
});
