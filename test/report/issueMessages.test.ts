/**
 * One catalogue for what the parser says (src/report/issueMessages.ts): every code the parser and
 * the report-source layer can raise has an English, a Russian and a Kazakh template; an issue's
 * English `message` is exactly its English rendering, its Russian rendering speaks Russian and its
 * Kazakh rendering Kazakh, each with the issue's facts, for a wide set of broken reports (the seed
 * with mutations, Word tables, PDFs) that between them raise every code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report, ReportIssue } from "../../src/domain/report";
import {
  ISSUE_CODES,
  issueMessage,
  issueParamNames,
  issueText,
  lineList,
  placePrefix,
} from "../../src/report/issueMessages";
import { kazakhName } from "../../src/domain/territories";
import { FILE_TEMPLATES } from "../../src/report/fileMessages";
import { SHOWN_PER_KIND } from "../../src/report/issueCollector";
import { parseReport } from "../../src/report/parseReport";
import { SECTION_HEADINGS } from "../../src/report/renderReport";
import { PDFDocument } from "pdf-lib";
import { nodePdfEngine } from "../../src/cli/nodePdf";
import { readReportSource } from "../../src/report/readReportFile";
import { parseReportSource } from "../../src/report/reportSource";
import { sourceFromPdf } from "../../src/report/pdfSource";
import { type DocxPart, makeDocx } from "../helpers/docx";
import { makePdf, PLAIN_LAYOUT } from "../helpers/pdf";
import { SEED_TEXT, snippet } from "../helpers/seed";

const REPORT_SRC = join(__dirname, "../../src/report");

/**
 * Kebab-case literals in the issue-raising sources that are no issue code: a variant of an issue,
 * and the file problems (their own catalogue, fileMessages.ts).
 */
const NOT_CODES = new Set(["not-in-list", ...Object.keys(FILE_TEMPLATES)]);

/** The seed with one passage changed (the passage must be there: a changed seed fails loudly). */
function seedWith(...swaps: Array<[string, string]>): string {
  let text = SEED_TEXT;
  for (const [from, to] of swaps) {
    if (!text.includes(from)) throw new Error(`The seed no longer has '${from}'`);
    text = text.replace(from, to);
  }
  return text;
}

const cut = (from: string) => SEED_TEXT.slice(0, SEED_TEXT.indexOf(from));

/** Broken reports in prose: each mutation of the seed says something is wrong. */
const PROSE: Record<string, string> = {
  "an item it cannot read": seedWith(["г. Тараз (61 из 68) – 90%", "г. Тараз (abc из 68) – 90%"]),
  "every item unreadable (folded repeats)": SEED_TEXT.replace(/\((\d+) из/g, "(x$1 из"),
  "a second period": seedWith([
    "Также на основании",
    "По состоянию на 2 квартал 2023 года также на основании",
  ]),
  "no period": seedWith(["По состоянию на 1 квартал 2023 года", "По состоянию на отчётную дату"]),
  "counts: unreadable and with thousands separators": seedWith(
    ["г. Алматы (198 из 214) – 93%", "г. Алматы (1,98 из 214) – 93%"],
    ["г. Семей (50 из 70) – 71%", "г. Семей (50 из 7,000) – 71%"],
    ["9 986 организаций", "9,986 организаций"],
    ["2 621 организаций", "2,62 организаций"]
  ),
  "a base of 0, more covered than all, a territory twice": seedWith(
    ["г. Шымкент (141) – 100%", "г. Шымкент (0 из 0) – 0%"],
    ["Абай (124 из 303)", "Абай (324 из 303)"],
    ["г. Семей (50 из 70) – 71%;", "г. Семей (50 из 70) – 71%; г. Семей (50 из 70) – 71%;"]
  ),
  "the report twice over": `${SEED_TEXT}\n${SEED_TEXT}`,
  "another report pasted after it, with other headline figures": `${SEED_TEXT}\n${SEED_TEXT.replace("9 986 организаций", "9 990 организаций")}`,
  "territories: unknown, ambiguous, in the other list": seedWith(
    ["Жетысу (29 из 91)", "Нарния (29 из 91)"],
    ["Улытау (32 из 49)", "Семей (32 из 49)"],
    ["Костанайская (64 из 116)", "Казахстанская (64 из 116)"],
    ["г. Тараз (0 из 45)", "Жамбылская (0 из 45)"]
  ),
  "change notes": seedWith(
    ["(рост на +6)", "(6)"],
    ["(рост на +4)", "(по плану)"],
    ["(снижение на -1)", "(рост на -1)"],
    ["(рост на +9)", "(прыжок на +9)"]
  ),
  "thousands typed with two spaces, a change note with figures after it": seedWith(
    ["9 986 организаций", "9  986 организаций"],
    ["(рос на +13)", "(рост на +13 к 4 кв. 2022 г.)"]
  ),
  "units that are no type: a word, and a letter typed for a digit": seedWith(
    ["г. Астана (96 детсадов)", "г. Астана (96 слонов)"],
    ["г. Алматы (193)", "г. Алматы (19З)"]
  ),
  "items in a looser wording, read and said": seedWith(
    ["Акмолинская (114 из 122) – 93%", "Акмолинская (114 ед. из 122) – 93 процента"],
    ["Абай (21 из 49) – 43%", "Абай (из 49 – 21) – 43%"]
  ),
  "a unit that names another type": seedWith([
    "г. Астана (96 школ) – 100%; г. Алматы (198",
    "г. Астана (96 детсадов) – 100%; г. Алматы (198",
  ]),
  "a list and an item before any measure": `- организации среднего образования:\nАлматы (1 из 2) – 50%.\n${SEED_TEXT}`,
  "items with no section heading": seedWith([
    "Справочно:\nдошкольные организации образования: ",
    "",
  ]),
  "the turnstiles' colleges left out": cut(
    "- организации технического и профессионального образования:\n г. Астана (8 колледжей) – 100%; г. Алматы (20) – 100%; г. Шымкент (10) – 100%; г. Кокшетау (8)"
  ),
  "panic buttons and turnstiles left out": cut("- 93% или 2 426 объектов"),
  "headline figures astray": `По состоянию на 1 квартал 2023 года в республике 4 000 организаций образования.\n(5 детсадов, 6 школ)\n(60% от общего количества)\n(рост на +5)\n${seedWith(
    [
      "(2657 детсадов, 6 936 школ и 393 колледжа)",
      "(2657 детсадов, 6 936 школ, 12 слонов и 393 колледжа)",
    ]
  )}`,
  "a fifth measure the parser does not know": `${SEED_TEXT}\n- 40% или 1 050 объектов оснащены системами оповещения (300 детсадов, 700 школ, 50 колледжей).\nСправочно:\nдошкольные организации образования:\nг. Астана (50 из 96) – 52%; г. Алматы (20 из 191) – 10%.`,
  "a Kazakh version whose figures differ from the Russian": `${SEED_TEXT}\n- 93%-ы немесе 2 426 объект дабыл түймелерін орнатқан (901 балабақша, 1 341 мектеп, 184 колледж).\nАнықтама үшін:\nмектепке дейінгі ұйымдар:\nАстана қ. (96-дан 50) – 52%; Алматы қ. (191-ден 20) – 10%.`,
  "footnote marks, one without its text": seedWith(
    ["г. Алматы (193) – 100%", "г. Алматы* (193) – 100%"],
    ["Жетысу (29 из 91)", "Жетысу¹ (29 из 91)"],
    ["Улытау (0 из 9) – 0%.", "Улытау (0 из 9) – 0%.\n* с учётом филиалов"]
  ),
  "asides in a list: a sentence with other figures, a breakdown that can't be read": seedWith(
    [
      "- в организациях среднего образования:\n г. Астана (96 школ) – 100%; г. Алматы (168",
      "Всего установлено 312 турникетов (г. Шымкент – 120, г. Алматы – 98).\n- в организациях среднего образования:\n г. Астана (96 школ) – 100%; г. Алматы (168",
    ],
    ["г. Семей (50 из 70) – 71%;", "г. Семей (50 из 70) – 71%, в том числе 3, 4 и 5 частных;"]
  ),
  empty: "",
  "only spaces": "   \n ",
  "not a report": "Просто текст без единой цифры.",
};

/** Broken reports given as Word tables. */
const TABLES: Record<string, DocxPart[]> = {
  "a table whose columns can't be mapped": [
    snippet("Алматы (1 из 2) – 50%."),
    {
      table: [
        ["Код", "А", "Б"],
        ["17", "5", "7"],
        ["18", "6", "8"],
      ],
    },
  ],
  "a table with no measure": [
    "Отчёт за 2 квартал 2023 года.",
    {
      table: [
        ["Регион", "Охвачено", "Всего", "%"],
        ["Акмолинская", "5", "10", "50%"],
        ["Абай", "6", "12", "50%"],
      ],
    },
  ],
  "a table with no type of organisation": [
    "По состоянию на 2 квартал 2023 года системы видеонаблюдения подключены к ЦОУ.",
    {
      table: [
        ["Регион", "Охвачено", "Всего", "%"],
        ["Акмолинская", "5", "10", "50%"],
      ],
    },
  ],
  "a change in percentage points beside the share": [
    "По состоянию на 2 квартал 2023 года системы видеонаблюдения подключены к ЦОУ.",
    SECTION_HEADINGS.school,
    {
      table: [
        ["Регион", "Охвачено", "Всего", "Изменение, %", "Доля, %"],
        ["Акмолинская", "5", "10", "+3", "50%"],
      ],
    },
  ],
  "total rows, and bad rows named by table and row": [
    snippet(""),
    {
      table: [
        ["Регион", "Всего", "Охвачено", "%"],
        ["Алматы", "10", "5", "50%"],
        ...["Нарния", "Мордор", "Гондор", "Рохан", "Шир", "Эребор", "Изенгард"].map((n) => [
          n,
          "12",
          "6",
          "50%",
        ]),
        ["Итого", "22", "11", "50%"],
        ["Всего по республике", "22", "11", "50%"],
      ],
    },
  ],
};

async function brokenReports(): Promise<Array<[string, Report]>> {
  const prose = Object.entries(PROSE).map(([name, text]): [string, Report] => [
    name,
    parseReport(text),
  ]);
  const tables: Array<[string, Report]> = [];
  for (const [name, parts] of Object.entries(TABLES))
    tables.push([name, parseReportSource(await readReportSource("r.docx", await makeDocx(parts)))]);
  // A UTF-8 file with a stray byte: read, and the damage said.
  const damaged = Buffer.concat([
    Buffer.from(SEED_TEXT.slice(0, 500), "utf8"),
    Buffer.from([0xa0]),
    Buffer.from(SEED_TEXT.slice(500), "utf8"),
  ]);
  // A PDF with a scanned page among its text pages: said, and the rest read.
  const pdf = await PDFDocument.load((await makePdf(SEED_TEXT.slice(0, 2000), PLAIN_LAYOUT)).bytes);
  pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  const scanned = await readReportSource("r.pdf", await pdf.save(), { pdf: nodePdfEngine });
  const bytes: Array<[string, Report]> = [
    ["a stray byte in UTF-8", parseReportSource(await readReportSource("r.txt", damaged))],
    ["a PDF with a scanned page", parseReportSource(scanned)],
    [
      "a PDF with a page pdf.js could not read",
      parseReportSource(
        sourceFromPdf({ pages: [SEED_TEXT.split("\n"), []], textless: [], unreadable: [2] })
      ),
    ],
  ];
  return [...prose, ...tables, ...bytes, ["the parser failing", await failingParse()]];
}

/** The parser's safety net: a territory lookup that throws becomes a parser-failure issue. */
async function failingParse(): Promise<Report> {
  let report: Report | undefined;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/domain/resolveTerritory", () => ({
      ...jest.requireActual("../../src/domain/resolveTerritory"),
      resolveTerritory: () => {
        throw new Error("gazetteer unavailable");
      },
    }));
    const isolated = await import("../../src/report/parseReport");
    report = isolated.parseReport(SEED_TEXT);
  });
  jest.dontMock("../../src/domain/resolveTerritory");
  return report!;
}

/** Params that name a measure, a type, a period or a variant: a language says them in its own words. */
const WORDED = new Set([
  "measure",
  "orgType",
  "unitType",
  "level",
  "scope",
  "reason",
  "missing",
  "period",
  "used",
  "signed",
]);

/** Names Russian and Kazakh write in Latin letters too. */
const TECHNICAL = new Set(["UTF", "PDF"]);

/** Params that name territories from the data: Kazakh says them in their official Kazakh forms. */
const NAMED_IN_KAZAKH = new Set(["territory", "cities", "region", "candidates", "territories"]);

/** A letter Kazakh has and Russian does not. */
const KAZAKH_LETTER = /[әғқңөұүһі]/i;

/** The Russian text without what it quotes from the report (names, excerpts, headers as written). */
function ownWords(ru: string, issue: ReportIssue): string {
  const quoted = Object.entries(issue.params ?? {})
    .filter(([k, v]) => !WORDED.has(k) && typeof v === "string" && v !== "")
    .map(([, v]) => String(v))
    .sort((a, b) => b.length - a.length);
  return quoted.reduce((text, q) => text.split(q).join(" "), ru);
}

describe("the issue catalogue", () => {
  it("has an English, a Russian and a Kazakh template for every code the sources raise", () => {
    const files = readdirSync(REPORT_SRC).filter(
      (f) => f.endsWith(".ts") && f !== "issueMessages.ts"
    );
    const raising = files.filter((f) =>
      /severity|IssueSink|ChangeWarn|notice\("/.test(readFileSync(join(REPORT_SRC, f), "utf8"))
    );
    // The files the brief names: the parser, its readers, the collector and the source layer.
    expect(raising).toEqual(
      expect.arrayContaining([
        "completeness.ts",
        "headlines.ts",
        "issueCollector.ts",
        "items.ts",
        "parseReport.ts",
        "readReportFile.ts",
        "reportSource.ts",
        "wordTables.ts",
      ])
    );
    const literals = new Set(
      raising.flatMap((f) =>
        [...readFileSync(join(REPORT_SRC, f), "utf8").matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)].map(
          (m) => m[1]
        )
      )
    );
    const codes = [...literals].filter((c) => !NOT_CODES.has(c)).sort();
    expect(codes.filter((c) => !(ISSUE_CODES as string[]).includes(c))).toEqual([]);
    // And the catalogue has nothing the sources never raise.
    expect([...ISSUE_CODES].sort()).toEqual(codes);
    for (const code of ISSUE_CODES) {
      const { needs, optional } = issueParamNames(code);
      const params = Object.fromEntries([...needs, ...optional].map((k) => [k, `‹${k}›`]));
      const en = issueText(code, params, "en");
      const ru = issueText(code, params, "ru");
      const kk = issueText(code, params, "kk");
      expect({ code, en: Boolean(en), ru: Boolean(ru), kk: Boolean(kk) }).toEqual({
        code,
        en: true,
        ru: true,
        kk: true,
      });
      expect(ru).not.toBe(en);
      expect(kk).not.toBe(ru);
    }
  });

  it("raises every code, and each issue's English rendering is its message; the Russian speaks Russian", async () => {
    const seen = new Set<string>();
    let checked = 0;
    for (const [name, report] of await brokenReports()) {
      expect({ name, issues: report.issues.length > 0 }).toEqual({ name, issues: true });
      for (const issue of report.issues) {
        seen.add(issue.code);
        checked++;
        const where = `${name}: ${issue.code} at ${issue.line}:${issue.column}`;
        expect({ where, params: issue.params !== undefined }).toEqual({ where, params: true });
        expect({ where, en: issueMessage(issue, "en") }).toEqual({ where, en: issue.message });
        // Rendered from the catalogue, not the stored English.
        if (!issue.repeated)
          expect({ where, known: issueText(issue.code, issue.params, "ru") !== null }).toEqual({
            where,
            known: true,
          });
        const ru = issueMessage(issue, "ru");
        expect({ where, ru: ru !== issue.message && /[а-яё]/i.test(ru) }).toEqual({
          where,
          ru: true,
        });
        const latin = (ownWords(ru, issue).match(/[A-Za-z]{2,}/g) ?? []).filter(
          (w) => !TECHNICAL.has(w)
        );
        expect({ where, ru, english: latin.length ? latin : null }).toEqual({
          where,
          ru,
          english: null,
        });
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect([...seen].sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("says every issue in Kazakh, in its own words, with every fact its English says", async () => {
    let checked = 0;
    let factsChecked = 0;
    for (const [name, report] of await brokenReports()) {
      for (const issue of report.issues) {
        checked++;
        const where = `${name}: ${issue.code} at ${issue.line}:${issue.column}`;
        const kk = issueMessage(issue, "kk");
        const ru = issueMessage(issue, "ru");
        expect({ where, kazakh: KAZAKH_LETTER.test(kk), russian: kk === ru }).toEqual({
          where,
          kazakh: true,
          russian: false,
        });
        // Every fact its English says: a name or excerpt as the report writes it, a count, a line
        // (a param only some variants say, like a page count for "page"/"pages", aside); a
        // territory of the data in its Kazakh name.
        const en = issueMessage(issue, "en");
        const facts = Object.entries(issue.params ?? {}).filter(
          ([k, v]) =>
            !WORDED.has(k) && !NAMED_IN_KAZAKH.has(k) && v !== "" && en.includes(String(v))
        );
        factsChecked += facts.length;
        for (const [k, v] of facts)
          expect({ where, k, kk, has: kk.includes(String(v)) }).toEqual({
            where,
            k,
            kk,
            has: true,
          });
        for (const [k, v] of Object.entries(issue.params ?? {}).filter(([k]) =>
          NAMED_IN_KAZAKH.has(k)
        ))
          for (const n of String(v).split(", ").filter(Boolean))
            expect({ where, k, kk, has: kk.includes(kazakhName(n)) }).toEqual({
              where,
              k,
              kk,
              has: true,
            });
        // No English in its own words (Russian words the report itself uses may be quoted).
        const latin = (ownWords(kk, issue).match(/[A-Za-z]{2,}/g) ?? []).filter(
          (w) => !TECHNICAL.has(w)
        );
        expect({ where, kk, english: latin.length ? latin : null }).toEqual({
          where,
          kk,
          english: null,
        });
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(factsChecked).toBeGreaterThan(100);
  });

  it("says each kind of problem in natural Kazakh", async () => {
    const reports = new Map(await brokenReports());
    const kk = (name: string, code: string, k = 0) =>
      issueMessage(reports.get(name)!.issues.filter((i) => i.code === code)[k], "kk");
    expect(kk("an item it cannot read", "malformed-item")).toBe(
      "Тармақты «Аумақ (қамтылғаны из барлығы) – N%» түрінде оқу мүмкін болмады: «г. Тараз (abc из 68) – 90%»."
    );
    expect(kk("a second period", "second-period")).toBe(
      "Есепте екінші кезең көрсетілген — 2023 жылғы 2-тоқсан; 2023 жылғы 1-тоқсан қолданылады (1-жол)."
    );
    expect(
      kk("a base of 0, more covered than all, a territory twice", "duplicate-territory")
    ).toMatch(
      /^«Семей» аумағы «Лицензиясы бар күзет», мектептер тізімінде екі рет көрсетілген \(алғаш рет — \d+-жол, \d+-орын\); қайталануы пайдаланылмады\.$/
    );
    expect(kk("territories: unknown, ambiguous, in the other list", "unknown-territory", 0)).toBe(
      "«Нарния» аумағы табылмады."
    );
    expect(kk("territories: unknown, ambiguous, in the other list", "unknown-territory", 2)).toBe(
      "«Семей» бұл тізімге кірмейді: «ЖБО-ға қосылған бейнебақылау» шарасы «Семей» қаласы бойынша емес, өңірлер бойынша беріледі; қараңыз: «Абай облысы»."
    );
    expect(kk("every item unreadable (folded repeats)", "malformed-item", SHOWN_PER_KIND)).toMatch(
      /^…және осындай тағы \d+ мәселе \(жолдар: [\d–, …]+\)\.$/
    );
    expect(kk("total rows, and bad rows named by table and row", "table-total-row")).toBe(
      "1-кесте, 10, 11-жолдар: аумақ емес, аумақтар бойынша жиынтық; пайдаланылмады (Тексеру аумақтарды өзі қосады)."
    );
    expect(kk("total rows, and bad rows named by table and row", "unknown-territory")).toBe(
      "1-кесте, 3-жол: «Нарния» аумағы табылмады."
    );
    expect(kk("a table with no measure", "table-without-context")).toBe(
      "1-кесте: кестенің өзі де, оның алдындағы мәтін де оның сандары қай шараға қатысты екенін айтпайды (мұны кестенің атауы, бағанның тақырыбы немесе кестенің үстіндегі тақырып көрсетер еді); оның 2 жолы пайдаланылмады."
    );
    expect(kk("the turnstiles' colleges left out", "missing-section")).toBe(
      "«Турникеттер (өткізу жүйесі)», колледждер тізімі жоқ."
    );
    expect(kk("panic buttons and turnstiles left out", "missing-measure")).toBe(
      "«Дабыл түймесі» шарасы бойынша сандар жоқ."
    );
    const territories = "Караганда и Темиртау, Усть-Каменогорск";
    expect(
      issueText("missing-territory", { measure: "guard", orgType: "school", territories }, "kk")
    ).toBe(
      "«Лицензиясы бар күзет», мектептер: мына аумақтар бойынша сандар жоқ: Қарағанды және Теміртау, Өскемен."
    );
    expect(kk("a PDF with a scanned page", "pdf-textless-pages")).toMatch(
      /^PDF-тің \d+-бетінде мәтін жоқ \(сканерленген көшірме немесе тек суреттер\): ондағы сандар оқылмады, қалған беттер оқылды\.$/
    );
  });

  it("says each kind of problem in natural Russian", async () => {
    const reports = new Map(await brokenReports());
    const ru = (name: string, code: string, k = 0) =>
      issueMessage(reports.get(name)!.issues.filter((i) => i.code === code)[k], "ru");
    expect(ru("an item it cannot read", "malformed-item")).toBe(
      "Не удалось прочитать пункт как «Территория (охвачено из всего) – N%»: «г. Тараз (abc из 68) – 90%»."
    );
    expect(ru("a second period", "second-period")).toBe(
      "В отчёте указан второй период — 2 квартал 2023 года; используется 1 квартал 2023 года (строка 1)."
    );
    expect(
      ru("a base of 0, more covered than all, a territory twice", "duplicate-territory")
    ).toMatch(
      /^Территория «Семей» указана дважды в списке «Лицензированная охрана», школы \(впервые — строка \d+, позиция \d+\); повтор не использован\.$/
    );
    expect(ru("territories: unknown, ambiguous, in the other list", "unknown-territory", 0)).toBe(
      "Неизвестная территория «Нарния»."
    );
    expect(
      ru("territories: unknown, ambiguous, in the other list", "unknown-territory", 2)
    ).toMatch(
      /^«Семей» не входит в этот список: мера «Видеонаблюдение, подключённое к ЦОУ» приводится по областям, а не по городу «Семей»; см\. «.+»\.$/
    );
    expect(ru("every item unreadable (folded repeats)", "malformed-item", SHOWN_PER_KIND)).toMatch(
      /^…и ещё таких же замечаний: \d+ \(строки [\d–, …]+\)\.$/
    );
    expect(ru("total rows, and bad rows named by table and row", "table-total-row")).toBe(
      "Таблица 1, строки 10, 11: итог по территориям, а не территория; не использован (Проверка сама суммирует территории)."
    );
    expect(ru("total rows, and bad rows named by table and row", "unknown-territory")).toBe(
      "Таблица 1, строка 3: Неизвестная территория «Нарния»."
    );
    expect(ru("a table with no measure", "table-without-context")).toBe(
      "Таблица 1: ни сама таблица, ни текст перед ней не говорят, к какой мере относятся её цифры (это указали бы название таблицы, заголовок столбца или заголовок над таблицей); её 2 строки не использованы."
    );
  });

  it("falls back to the stored message for an unknown code or missing params", () => {
    const base = { severity: "error", excerpt: "", line: 1, column: 1 } as const;
    const stored = "Something the catalogue does not know.";
    expect(
      issueMessage({ ...base, code: "from-elsewhere", message: stored, params: {} }, "ru")
    ).toBe(stored);
    expect(issueMessage({ ...base, code: "malformed-item", message: stored }, "ru")).toBe(stored);
    expect(
      issueMessage({ ...base, code: "malformed-item", message: stored, params: {} }, "ru")
    ).toBe(stored);
    expect(issueMessage({ ...base, code: "toString", message: stored, params: {} }, "ru")).toBe(
      stored
    );
    expect(issueMessage({ ...base, code: "malformed-item", message: stored }, "kk")).toBe(stored);
  });

  it("lists lines in each language", () => {
    expect(lineList([7], 8, "ru")).toBe("строка 7");
    expect(lineList([4, 7, 8, 9, 12], 8, "ru")).toBe("строки 4, 7–9, 12");
    expect(lineList([4, 7, 8, 9, 12])).toBe("lines 4, 7–9, 12");
    expect(lineList([7, 7], 8, "kk")).toBe("7-жол");
    expect(lineList([4, 7, 8, 9, 12], 8, "kk")).toBe("жолдар: 4, 7–9, 12");
  });

  it("says two versions that disagree by their languages, in each language", () => {
    const params = {
      name: "Алматы",
      measure: "panic",
      orgType: "kindergarten",
      kept: "ru",
      keptFigure: "152/193 (79%)",
      keptLine: 24,
      other: "kk",
      otherFigure: "20/191 (10%)",
    };
    expect(issueText("versions-disagree", params, "en")).toBe(
      "Алматы, panic / kindergarten: the Russian text (line 24) gives 152/193 (79%), the Kazakh text 20/191 (10%); the first is used, the other is not."
    );
    expect(issueText("versions-disagree", params, "ru")).toBe(
      "«Алматы», «Тревожная кнопка», детские сады: в русском тексте (строка 24) — 152/193 (79%), в казахском — 20/191 (10%); использована первая цифра, вторая — нет."
    );
    expect(issueText("versions-disagree", { ...params, kept: "kk", other: "ru" }, "kk")).toBe(
      "«Алматы», «Дабыл түймесі», балабақшалар: қазақша мәтінде (24-жол) — 152/193 (79%), орысша мәтінде — 20/191 (10%); біріншісі алынды, екіншісі алынбады."
    );
  });

  it("says a footnote mark without its text on one line in the singular, on several in the plural", () => {
    const said = (lines: string, lang: "en" | "ru" | "kk") =>
      issueText("footnote-without-text", { mark: "¹", lines }, lang);
    expect(said("7", "en")).toMatch(/^The footnote mark '¹' is used \(line 7\)/);
    expect(said("7, 9", "en")).toMatch(/\(lines 7, 9\)/);
    expect(said("7", "ru")).toMatch(/\(строка 7\)/);
    expect(said("7, 9", "ru")).toMatch(/\(строки 7, 9\)/);
    expect(said("7", "kk")).toMatch(/\(7-жол\)/);
    expect(said("7, 9", "kk")).toMatch(/\(жолдар: 7, 9\)/);
  });

  it("says where in a PDF or a Word table an issue was read, in each language", () => {
    expect(placePrefix({ atPage: 3, atPageLine: 12 }, "en")).toBe("Page 3, line 12: ");
    expect(placePrefix({ atPage: 3, atPageLine: 12 }, "ru")).toBe("Страница 3, строка 12: ");
    expect(placePrefix({ atPage: 3, atPageLine: 12 }, "kk")).toBe("3-бет, 12-жол: ");
    expect(placePrefix({ atTable: 2, atRow: 5 }, "kk")).toBe("2-кесте, 5-жол: ");
    expect(placePrefix({}, "kk")).toBe("");
  });
});
