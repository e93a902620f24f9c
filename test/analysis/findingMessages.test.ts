/**
 * One catalogue for what the audit says (src/analysis/findingMessages.ts): every finding's English
 * `message` is its English rendering, its Russian rendering speaks Russian and its Kazakh rendering
 * Kazakh, with the same facts; the pane's Audit tab and the workbook's Audit sheet say the findings
 * in their own language.
 */
import {
  auditPeriods,
  auditReport,
  auditStatedChanges,
  type Finding,
} from "../../src/analysis/audit";
import { FINDING_TEMPLATES, findingMessage } from "../../src/analysis/findingMessages";
import { territoryById } from "../../src/domain/territories";
import { parseReport } from "../../src/report/parseReport";
import { draftReport, writeReportText } from "../../src/report/writeReport";
import { planAudit } from "../../src/workbook/auditSheet";
import { quarters, withWrongStatedChange } from "../helpers/quarters";
import { SEED_TEXT, seedReport } from "../helpers/seed";

function seedWith(from: string, to: string): string {
  if (!SEED_TEXT.includes(from)) throw new Error(`The seed no longer has '${from}'`);
  return SEED_TEXT.replace(from, to);
}

/** Findings of every code: the seed's own, its headline altered, and a stated change that disagrees. */
function everyKindOfFinding(): Finding[] {
  const headline = parseReport(
    seedWith("93% или 2 426 объектов", "95% или 2 426 объектов").replace(
      "(2657 детсадов, 6 936 школ",
      "(2600 детсадов, 6 936 школ"
    )
  );
  const q = quarters(2, 9);
  const [first, second] = q.reports;
  const altered = withWrongStatedChange(second).report;
  // A written quarter whose first city headline states a change its list does not sum to.
  const written = writeReportText(
    draftReport([...first.records, ...second.records], {
      period: q.periods[1],
      previous: q.periods[0],
    }),
    "ru"
  );
  const wrongChange = written.replace(
    /(объект\p{L}* )\((?:рост|снижение) на [+-]?\d+\)/u,
    "$1(рост на +999)"
  );
  if (wrongChange === written) throw new Error("The written quarter has no city headline change");
  return [
    ...auditReport(seedReport()),
    ...auditReport(headline),
    ...auditReport(parseReport(wrongChange)),
    ...auditStatedChanges(altered, first),
  ];
}

/** Params a language words itself (ids of measures and types, levels, quantities, periods). */
const WORDED = new Set([
  "measure",
  "orgType",
  "subject",
  "quantity",
  "oddMeasures",
  "usualMeasures",
  "from",
  "to",
]);

describe("the findings catalogue", () => {
  const findings = everyKindOfFinding();

  it("the findings between them have every code; each message is its English rendering", () => {
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual(
      Object.keys(FINDING_TEMPLATES).sort()
    );
    for (const f of findings) expect(findingMessage(f, "en")).toBe(f.message);
  });

  it("says every finding in Russian, in its own words (only the report's names and figures kept)", () => {
    for (const f of findings) {
      const ru = findingMessage(f, "ru");
      const own = Object.entries(f.params)
        .filter(([k, v]) => !WORDED.has(k) && typeof v === "string")
        .reduce((text, [, v]) => text.split(String(v)).join(" "), ru);
      expect({ code: f.code, ru, latin: own.match(/[A-Za-z]{2,}/g) }).toEqual({
        code: f.code,
        ru,
        latin: null,
      });
    }
    const semey = findings.find((f) => f.code === "percent-mismatch")!;
    expect(findingMessage(semey, "ru")).toBe(
      "Семей, «Турникеты (пропускная система)», колледжи: 10 из 13 — это 77%, а в отчёте указано 54% (строка 30:118)."
    );
    const almaty = findings.find((f) => f.territoryId === "KZ-75")!;
    expect(findingMessage(almaty, "ru")).toBe(
      "Алматы, детские сады: всего организаций 191 по мере «Турникеты (пропускная система)» (строка 26:36), но 193 по мере «Видеонаблюдение, подключённое к ЦОУ», «Лицензированная охрана», «Тревожная кнопка»."
    );
    const change = findings.find((f) => f.code === "stated-change-mismatch")!;
    expect(findingMessage(change, "ru")).toMatch(
      /в отчёте указано изменение [+-]\d+, но 1 квартал 2023 года → 2 квартал 2023 года даёт [+-]?\d+ \(охвачено: \d+ → \d+\)\.$/
    );
  });

  it("writes figures as Russian and Kazakh write them: a decimal comma, thousands apart; the English as stored", () => {
    const f = {
      code: "percent-mismatch",
      message: "",
      params: {
        territory: "г. Алматы",
        measure: "turnstile",
        orgType: "school",
        covered: "1425",
        total: "3459",
        computed: "41.2",
        stated: "43",
        line: "1234",
        column: "5",
      },
    };
    for (const lang of ["ru", "kk"] as const) {
      const text = findingMessage(f, lang);
      expect(text).toMatch(/41,2\s?%/u);
      expect(text).toMatch(/1[\s\u00a0\u202f]425/u);
      expect(text).not.toContain("41.2");
      expect(text).toContain("1234");
    }
    expect(findingMessage(f, "en")).toContain("1425 of 3459 is 41.2%");
    const sum = (rows: string) =>
      findingMessage(
        {
          code: "covered-sum-mismatch",
          message: "",
          params: {
            measure: "guard",
            orgType: "school",
            rows,
            sum: "5",
            stated: "6",
            line: "1",
            column: "1",
          },
        },
        "ru"
      );
    expect(sum("21")).toContain("по 21 строке охвачено");
    expect(sum("20")).toContain("по 20 строкам охвачено");
  });

  it("says every finding in Kazakh, with its facts, territories by their Kazakh names", () => {
    const kazakhLetter = /[әғқңөұүһі]/i;
    let factsChecked = 0;
    for (const f of findings) {
      const kk = findingMessage(f, "kk");
      const ru = findingMessage(f, "ru");
      expect({ code: f.code, kk, kazakh: kazakhLetter.test(kk), russian: kk === ru }).toEqual({
        code: f.code,
        kk,
        kazakh: true,
        russian: false,
      });
      // Every figure and place the finding carries (measures, types, periods in Kazakh words).
      for (const [k, v] of Object.entries(f.params).filter(
        ([k]) => !WORDED.has(k) && k !== "territory"
      )) {
        factsChecked++;
        // Figures as Kazakh writes them: "1 425", "41,2" (read back to the stored digits).
        const digits = kk
          .replace(/(\d)[\s\u00a0\u202f](?=\d{3})/gu, "$1")
          .replace(/(\d),(\d)/gu, "$1.$2");
        expect({ code: f.code, k, kk, has: digits.includes(String(v)) }).toEqual({
          code: f.code,
          k,
          kk,
          has: true,
        });
      }
      if (f.territoryId) {
        const t = territoryById(f.territoryId)!;
        expect({ code: f.code, kk, name: kk.startsWith(`${t.nameKk}, `) }).toEqual({
          code: f.code,
          kk,
          name: true,
        });
      }
      const own = Object.entries(f.params)
        .filter(([k, v]) => !WORDED.has(k) && typeof v === "string")
        .reduce((text, [, v]) => text.split(String(v)).join(" "), kk);
      expect({ code: f.code, kk, latin: own.match(/[A-Za-z]{2,}/g) }).toEqual({
        code: f.code,
        kk,
        latin: null,
      });
    }
    expect(factsChecked).toBeGreaterThan(50);
    const semey = findings.find((f) => f.code === "percent-mismatch")!;
    expect(findingMessage(semey, "kk")).toBe(
      "Семей, «Турникеттер (өткізу жүйесі)», колледждер: 13 ішінен 10 — бұл 77%, ал есепте 54% көрсетілген (30-жол, 118-орын)."
    );
    const turkestan = findings.find(
      (f) => f.code === "base-mismatch" && f.params.territory === "Туркестан"
    )!;
    expect(findingMessage(turkestan, "kk")).toBe(
      "Түркістан, колледждер: «Дабыл түймесі» бойынша ұйымдардың жалпы саны 2 (22-жол, 527-орын), бірақ «Лицензиясы бар күзет», «Турникеттер (өткізу жүйесі)» бойынша 6."
    );
    const change = findings.find((f) => f.code === "stated-change-mismatch")!;
    expect(findingMessage(change, "kk")).toMatch(
      /^.+, «.+», .+: есепте өзгеріс [+-]\d+ деп көрсетілген, бірақ 2023 жылғы 1-тоқсан → 2023 жылғы 2-тоқсан аралығы бойынша есептегенде [+-]?\d+ шығады \(қамтылғаны: \d+ → \d+\)\.$/
    );
    const headline = findings.find((f) => f.code === "headline-parts-mismatch")!;
    expect(findingMessage(headline, "kk")).toMatch(
      /^(Өңірлер бойынша|Ірі қалалар бойынша|«.+»), (қамтылғаны|ұйымдардың жалпы саны): есепте барлығы \d{1,3}(\s\d{3})* көрсетілген/u
    );
  });

  it("a finding with params the catalogue can't render keeps its stored message", () => {
    const f = findings[0];
    expect(findingMessage({ ...f, params: {} }, "ru")).toBe(f.message);
    expect(findingMessage({ ...f, params: {} }, "kk")).toBe(f.message);
  });

  it("the workbook's Audit sheet says the findings in the workbook's language", () => {
    const periods = auditPeriods([seedReport()]);
    const text = (lang: "en" | "ru" | "kk") =>
      planAudit(periods, lang).tables[0].rows.map((r) => String(r[2]));
    expect(text("en")).toEqual(periods[0].findings.map((f) => f.message));
    expect(text("ru")).toEqual(periods[0].findings.map((f) => findingMessage(f, "ru")));
    expect(text("ru").every((t) => /[а-яё]/i.test(t) && !/ the report states /.test(t))).toBe(true);
    expect(text("kk")).toEqual(periods[0].findings.map((f) => findingMessage(f, "kk")));
    expect(text("kk").every((t) => /[әғқңөұүһі]/i.test(t))).toBe(true);
  });
});
