/**
 * The CLI reads what real reports carry as the pane does: a report with its Russian and Kazakh
 * versions, footnotes, breakdowns and asides in every list, laid out as a PDF (one round trip
 * through pdf.js). Each figure once, as generated, exit 0.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asideVariant } from "../helpers/asides";
import { cli } from "../helpers/cli";
import { figuresOf, random } from "../helpers/drift";
import { makePdf, PLAIN_LAYOUT } from "../helpers/pdf";
import { quarters } from "../helpers/quarters";

const source = quarters(2, 57).reports[1];

describe("cli parse of a bilingual PDF", () => {
  it("a bilingual PDF with footnotes, breakdowns and asides: each figure once, footnotes kept, exit 0", async () => {
    const ru = asideVariant(source, random(61), "ru");
    const kk = asideVariant(source, random(62), "kk");
    const file = join(mkdtempSync(join(tmpdir(), "cli-bi-")), "q2.pdf");
    writeFileSync(file, (await makePdf(`${ru.text}\n${kk.text}`, PLAIN_LAYOUT)).bytes);
    const r = await cli("parse", file);
    expect({
      code: r.code,
      errors: r.stderr.split("\n").filter((l) => / error: /.test(l)),
    }).toEqual({
      code: 0,
      errors: [],
    });
    const json = JSON.parse(r.stdout);
    expect(figuresOf(json.records)).toEqual(figuresOf(source.records));
    expect(json.languages).toEqual({
      figures: { ru: source.records.length, kk: source.records.length },
      both: source.records.length,
      differ: 0,
    });
    const notes = (xs: Array<{ mark: string; text: string }>) =>
      [...new Set(xs.map((f) => `${f.mark} ${f.text}`))].sort();
    expect(notes(json.footnotes)).toEqual(notes([...ru.footnotes, ...kk.footnotes]));
    expect(json.records.every((x: { page?: unknown }) => x.page !== undefined)).toBe(true);
  });
});
