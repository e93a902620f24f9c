/**
 * What is Kazakh and what is not: a Russian report may spell names in Kazakh, use words Kazakh
 * shares ("колледж"), write headings in capitals and put each item on its own line; none of that
 * is a Kazakh part. A Kazakh part is said with its own lines.
 */
import { parseReport } from "../../src/report/parseReport";
import { renderReport, SEED_LIKE_STYLE } from "../../src/report/renderReport";
import { figuresOf } from "../helpers/drift";
import { seedReport } from "../helpers/seed";

const seed = seedReport();
const onOwnLines = renderReport(seed, { ...SEED_LIKE_STYLE, itemsOnOwnLines: true });
const KAZAKH =
  "- 93% немесе 2 426 объект дабыл түймелерін орнатты (901 балабақша, 1 341 мектеп, 184 колледж).";

describe("Kazakh parts", () => {
  it("Russian items one per line, a unit 'колледж', names spelled in Kazakh: all Russian, all read", () => {
    const text = onOwnLines
      .replace("г. Астана (8 колледжей)", "г. Астана (8 колледж)")
      .replace(/г\. Кокшетау/g, "г. Көкшетау")
      .replace(/^Акмолинская \(/gm, "Ақмола облысы (");
    expect(text).not.toBe(onOwnLines);
    const r = parseReport(text);
    expect(r.issues.filter((i) => i.code === "kazakh-text")).toEqual([]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seed.records));
  });

  it("a blank line after a Kazakh sentence ends it: a Russian list in capitals, one item a line, is read", () => {
    const at = onOwnLines.indexOf("Справочно:");
    const text = `${onOwnLines.slice(0, at)}${KAZAKH}\n\n${onOwnLines
      .slice(at)
      .replace("дошкольные организации образования:", "ДОШКОЛЬНЫЕ ОРГАНИЗАЦИИ ОБРАЗОВАНИЯ:")}`;
    const r = parseReport(text);
    expect(r.issues.filter((i) => i.code === "kazakh-text").map((i) => i.params?.figures)).toEqual([
      1,
    ]);
    expect(figuresOf(r.records)).toEqual(figuresOf(seed.records));
  });

  it("each part is said with its own lines", () => {
    const lines = onOwnLines.split("\n");
    const part = [
      KAZAKH,
      "Анықтама үшін:",
      "мектепке дейінгі ұйымдар:",
      "Ақмола облысы (114 / 122) – 93%;",
      "Абай облысы (50) – 100%.",
    ];
    const at1 = 3;
    const text = [
      ...lines.slice(0, at1),
      ...part,
      ...lines.slice(at1, 10),
      ...part,
      ...lines.slice(10),
    ].join("\n");
    const said = parseReport(text)
      .issues.filter((i) => i.code === "kazakh-text")
      .map((i) => [i.params?.lines, i.line]);
    const first = at1 + 1;
    const second = first + part.length + (10 - at1);
    expect(said).toEqual([
      [`${first}–${first + part.length - 1}`, first],
      [`${second}–${second + part.length - 1}`, second],
    ]);
  });
});
