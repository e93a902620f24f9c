import type { Report } from "../../src/domain/report";
import { parseReport } from "../../src/report/parseReport";
import { snippet } from "../helpers/seed";

const only = (r: Report) => {
  expect(r.records).toHaveLength(1);
  return r.records[0];
};
const codes = (r: Report) => r.issues.map((i) => `${i.severity}:${i.code}`);
const errors = (r: Report) => r.issues.filter((i) => i.severity === "error");

describe("parseReport: item forms", () => {
  it("reads (N) as N of N", () => {
    expect(only(parseReport(snippet("ВКО (342) – 100%.")))).toMatchObject({
      covered: 342,
      total: 342,
      statedPercent: 100,
    });
  });

  it("reads (N из M) and a unit after either number", () => {
    const r = parseReport(
      snippet(
        "г. Астана (96 школ) – 100%; г. Алматы (198 из 214 школ) – 93%; г. Шымкент (5 из 141) – 4%."
      )
    );
    expect(r.records.map((x) => [x.territoryName, x.covered, x.total])).toEqual([
      ["Астана", 96, 96],
      ["Алматы", 198, 214],
      ["Шымкент", 5, 141],
    ]);
  });

  it.each(["–", "—", "-"])("reads the dash %s", (dash) => {
    expect(only(parseReport(snippet(`Абай (124 из 303) ${dash} 41%.`)))).toMatchObject({
      covered: 124,
      total: 303,
      statedPercent: 41,
    });
  });

  it("reads missing spaces: 152из 425, –3%, 1 407школ", () => {
    const r = parseReport(snippet("Алматинская (152из 425) –36%; ВКО (1 407школ)–100%."));
    expect(r.records.map((x) => [x.covered, x.total, x.statedPercent])).toEqual([
      [152, 425, 36],
      [1407, 1407, 100],
    ]);
  });

  it("reads thousands separated by a space or a non-breaking space", () => {
    const r = parseReport(
      snippet("Туркестанская (1 650 из 2\u00A0908) – 57%; Жамбылская (1\u202F143 из 1 445) – 79%.")
    );
    expect(r.records.map((x) => [x.covered, x.total])).toEqual([
      [1650, 2908],
      [1143, 1445],
    ]);
  });

  it("reads stated changes, including the seed's typo 'рос'", () => {
    const r = parseReport(
      snippet(
        "Абай (120) – 100% (рост на +13); ВКО (120) – 100% (рос на +6); СКО (1 из 34) – 3% (снижение на -1); ЗКО (1 из 2) – 50% (снижение на 2)."
      )
    );
    expect(r.records.map((x) => x.statedChange)).toEqual([13, 6, -1, -2]);
    expect(r.issues.filter((i) => i.code.includes("change"))).toEqual([]);
  });

  it("reads г./гг. with or without a space, and keeps the name without them", () => {
    const r = parseReport(
      snippet(
        "г.Астана (8 колледжей) – 100%; гг.Караганда и Темиртау (17) – 100%; гг. Павлодар и Экибастуз (15) – 100%.",
        {
          measure: "установили пропускную систему (турникеты).",
        }
      )
    );
    expect(r.records.map((x) => [x.territoryName, x.territoryId])).toEqual([
      ["Астана", "KZ-71"],
      ["Караганда и Темиртау", "city:karaganda-temirtau"],
      ["Павлодар и Экибастуз", "city:pavlodar-ekibastuz"],
    ]);
  });

  it("reads items and headings split across lines, with the right line and column", () => {
    const text = snippet(
      "г. Астана (8 из\n96 школ) – 8%; гг. Атырау и\nКульсары (55 из 61) –\n90%.",
      {
        heading: "- в организациях среднего\nобразования:",
        measure: "установили пропускную систему (турникеты).",
      }
    );
    const r = parseReport(text);
    expect(
      r.records.map((x) => [x.territoryName, x.covered, x.total, x.statedPercent, x.line, x.column])
    ).toEqual([
      ["Астана", 8, 96, 8, 5, 1],
      ["Атырау и Кульсары", 55, 61, 90, 6, 16],
    ]);
  });

  it.each([
    ["дошкольные организации образования:", "kindergarten"],
    ["В дошкольных организациях образования:", "kindergarten"],
    ["детские сады:", "kindergarten"],
    ["- организации среднего образования:", "school"],
    ["- в организациях среднего образования:", "school"],
    ["школы:", "school"],
    ["- организации технического и профессионального образования:", "college"],
    ["- в организациях технического и профессионального образования:", "college"],
    ["колледжи:", "college"],
  ])("reads the heading '%s' as %s", (heading, orgType) => {
    expect(only(parseReport(snippet("ВКО (21) – 100%.", { heading })))).toMatchObject({ orgType });
  });

  it("reads a heading that follows the last item on the same line", () => {
    const r = parseReport(
      snippet("ВКО (21) – 100%. - в организациях среднего образования: СКО (293 из 461) – 64%.", {
        heading: "дошкольные организации образования:",
      })
    );
    expect(r.records.map((x) => [x.territoryName, x.orgType])).toEqual([
      ["ВКО", "kindergarten"],
      ["СКО", "school"],
    ]);
  });

  it.each([
    ["По состоянию на 1 квартал 2023 года", "2023-Q1"],
    ["По состоянию на 3 квартал 2024 года", "2024-Q3"],
    ["За II квартал 2024 года", "2024-Q2"],
    ["на 4-й квартал 2023 года", "2023-Q4"],
  ])("reads the period from '%s'", (period, expected) => {
    expect(parseReport(snippet("ВКО (21) – 100%.", { period })).period).toBe(expected);
  });

  it("assigns each measure by the words that introduce its section", () => {
    const text = [
      "По состоянию на 1 квартал 2024 года системы видеонаблюдения подключены к ЦОУ.",
      "Справочно: дошкольные организации образования: ВКО (5) – 100%.",
      "- 73% или 1 911 объектов заключили договора с лицензированной охраной (1 детсад, 0 школ, 0 колледжей).",
      "Справочно: дошкольные организации образования: г. Семей (1 из 2) – 50%.",
      "- 93% или 2 426 объектов установили тревожные кнопки с подключением к пультам частных охранных предприятий (1 детсад, 0 школ, 0 колледжей).",
      "Справочно: дошкольные организации образования: г. Семей (2) – 100%.",
      "- 54% или 1 410 объектов установили пропускную систему (турникеты) (0 детсадов, 0 школ, 0 колледжей).",
      "Справочно: дошкольные организации образования: г. Семей (0 из 2) – 0%.",
    ].join("\n");
    const r = parseReport(text);
    expect(r.records.map((x) => [x.measure, x.territoryId, x.covered])).toEqual([
      ["video", "KZ-63", 5],
      ["guard", "city:semey", 1],
      ["panic", "city:semey", 2],
      ["turnstile", "city:semey", 0],
    ]);
  });
});

describe("parseReport: bad input", () => {
  it("reports an empty file", () => {
    expect(codes(parseReport(""))).toEqual(["error:empty-report"]);
    expect(codes(parseReport("  \n \u00A0"))).toEqual(["error:empty-report"]);
  });

  it("reports a text that is not such a report", () => {
    const r = parseReport("Lorem ipsum dolor sit amet.\nНичего общего с отчётом (совсем).");
    expect(codes(r)).toEqual(["error:no-figures"]);
    expect(r.records).toEqual([]);
  });

  it("reports a broken item with its line and column, and still reads the rest", () => {
    const r = parseReport(
      snippet("г. Астана (96 школ) – 100%; г. Тараз (abc из 68) – 90%; г. Шымкент (141) – 100%.", {
        measure: "установили пропускную систему (турникеты).",
      })
    );
    expect(r.records.map((x) => x.territoryName)).toEqual(["Астана", "Шымкент"]);
    const bad = errors(r);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ code: "malformed-item", line: 4, column: 29 });
    expect(bad[0].message).toContain("г. Тараз (abc из 68) – 90%");
  });

  it("reports covered greater than total and does not use the figure", () => {
    const r = parseReport(snippet("ВКО (50 из 40) – 125%; СКО (1 из 2) – 50%."));
    expect(r.records.map((x) => x.territoryName)).toEqual(["СКО"]);
    expect(errors(r)).toEqual([
      expect.objectContaining({ code: "covered-exceeds-total", line: 4, column: 1 }),
    ]);
  });

  it("reports an unknown territory with suggestions", () => {
    const r = parseReport(snippet("Алмата (1 из 2) – 50%; СКО (1 из 2) – 50%."));
    expect(r.records).toHaveLength(1);
    const [e] = errors(r);
    expect(e.code).toBe("unknown-territory");
    expect(e.message).toContain("Did you mean: Алматы");
  });

  it("reports a territory listed at the wrong level", () => {
    const r = parseReport(
      snippet("Алматинская (1 из 2) – 50%.", {
        measure: "установили пропускную систему (турникеты).",
      })
    );
    const wrongLevel = errors(r).filter((i) => i.code === "unknown-territory");
    expect(wrongLevel).toHaveLength(1);
    expect(wrongLevel[0].message).toBe(
      "'Алматинская' is not in this list: Turnstiles are reported for the large cities, not for Алматинская область. Its cities in the data: Конаев."
    );
  });

  it("reports a duplicated territory and keeps the first", () => {
    const r = parseReport(
      snippet("ВКО (1 из 2) – 50%;\nВосточно-Казахстанская область (2 из 2) – 100%.")
    );
    expect(r.records.map((x) => x.covered)).toEqual([1]);
    expect(errors(r)).toEqual([expect.objectContaining({ code: "duplicate-territory", line: 5 })]);
  });

  it("reports missing sections and missing territories as warnings", () => {
    const r = parseReport(snippet("ВКО (1 из 2) – 50%."));
    expect(codes(r).sort()).toEqual([
      "warning:missing-measure",
      "warning:missing-measure",
      "warning:missing-measure",
      "warning:missing-section",
      "warning:missing-section",
      "warning:missing-territory",
    ]);
    expect(r.issues.find((i) => i.code === "missing-territory")?.message).toContain(
      "video / school: no figure for Астана, Алматы"
    );
  });

  it("reports a unit that names another type", () => {
    const r = parseReport(snippet("г. Астана (96 детсадов) – 100%."));
    expect(codes(r)).toContain("warning:unit-mismatch");
  });

  it("reports a missing period", () => {
    const r = parseReport(snippet("ВКО (1 из 2) – 50%.", { period: "" }));
    expect(codes(r)).toContain("warning:no-period");
  });

  it("never throws, whatever it is given", () => {
    for (const input of [
      null,
      undefined,
      42,
      {},
      "(",
      "%",
      "г. (",
      "ВКО (",
      "ВКО (1 из",
      "\u0000\uFFFF",
      "9".repeat(5000),
    ]) {
      expect(() => parseReport(input)).not.toThrow();
    }
  });
});
