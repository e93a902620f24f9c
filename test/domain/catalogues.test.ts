/**
 * Every catalogue of what the add-in says to people (the parser's issues, the audit's findings, file
 * problems, what the Excel side reports, the EDU functions' errors) has each message in English,
 * Russian and Kazakh, and no language leaves out a fact another says. The Kazakh is Kazakh: its own
 * text, with letters Russian does not have, never the Russian one.
 */
import { FINDING_TEMPLATES } from "../../src/analysis/findingMessages";
import { QUERY_TEMPLATES, queryMessage } from "../../src/analysis/queryMessages";
import { paramNames, renderTemplate, type Template } from "../../src/domain/catalogue";
import { LANGS } from "../../src/domain/lang";
import { elsewhereFacts } from "../../src/domain/levels";
import { resolveMeasure } from "../../src/domain/measures";
import { unresolvedText } from "../../src/domain/nameMessages";
import { nameList, resolveTerritory } from "../../src/domain/resolveTerritory";
import { COUNTRY, kazakhName, kazakhNames, TERRITORIES } from "../../src/domain/territories";
import { HOST_TEMPLATES, hostMessage, notice } from "../../src/host/hostMessages";
import { FILE_TEMPLATES } from "../../src/report/fileMessages";
import {
  ISSUE_CODES,
  type IssueCode,
  issueParamNames,
  issueText,
} from "../../src/report/issueMessages";

const CATALOGUES: Record<string, Record<string, Template<string, string>>> = {
  findings: FINDING_TEMPLATES,
  "query errors (the EDU functions)": QUERY_TEMPLATES,
  host: HOST_TEMPLATES,
  files: FILE_TEMPLATES,
};

/** Placeholders for a template's params: each value is findable in the text it is put into. */
const placeholders = (names: readonly string[]) =>
  Object.fromEntries(names.map((k) => [k, `‹${k}›`]));
const mentioned = (text: string) => [...text.matchAll(/‹(\w+)›/g)].map((m) => m[1]).sort();

/** A letter Kazakh has and Russian does not. */
const KAZAKH_LETTER = /[әғқңөұүһі]/i;

describe("every message in all three languages", () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES))
    it(`${name}: English, Russian and Kazakh, each with the same facts`, () => {
      for (const [code, t] of Object.entries(catalogue)) {
        const { needs, optional } = paramNames(t);
        const params = placeholders([...needs, ...optional]);
        const en = renderTemplate(t, params, "en")!;
        const ru = renderTemplate(t, params, "ru")!;
        const kk = renderTemplate(t, params, "kk")!;
        expect({ code, en: Boolean(en), ru: Boolean(ru), kk: Boolean(kk) }).toEqual({
          code,
          en: true,
          ru: true,
          kk: true,
        });
        expect({ code, cyrillic: /[а-яё]/i.test(ru), same: ru === en }).toEqual({
          code,
          cyrillic: true,
          same: false,
        });
        // Its own Kazakh text: a letter Russian does not have, and not the Russian text.
        expect({ code, kazakh: KAZAKH_LETTER.test(kk), same: kk === ru }).toEqual({
          code,
          kazakh: true,
          same: false,
        });
        expect({ code, facts: mentioned(ru) }).toEqual({ code, facts: mentioned(en) });
        expect({ code, facts: mentioned(kk) }).toEqual({ code, facts: mentioned(en) });
        // A param it needs is never left out quietly, in any language.
        if (needs.length) for (const lang of LANGS) expect(renderTemplate(t, {}, lang)).toBeNull();
      }
    });

  it("issues: English, Russian and Kazakh, each with the same facts (variant params aside)", () => {
    for (const code of ISSUE_CODES) {
      const { needs, optional } = issueParamNames(code);
      const params = placeholders([...needs, ...optional]);
      const en = issueText(code, params, "en")!;
      const ru = issueText(code, params, "ru")!;
      const kk = issueText(code, params, "kk")!;
      expect({ code, cyrillic: /[а-яё]/i.test(ru) }).toEqual({ code, cyrillic: true });
      expect({ code, kazakh: KAZAKH_LETTER.test(kk), same: kk === ru }).toEqual({
        code,
        kazakh: true,
        same: false,
      });
      expect({ code, facts: mentioned(ru) }).toEqual({ code, facts: mentioned(en) });
      expect({ code, facts: mentioned(kk) }).toEqual({ code, facts: mentioned(en) });
    }
  });

  it("issues: each variant in Kazakh too, with the facts its English says", () => {
    const variants: Array<[IssueCode, Record<string, string>]> = [
      ["unreadable-number", { text: "‹text›", scope: "item" }],
      ["unreadable-number", { text: "‹text›", scope: "figure" }],
      ["item-without-heading", {}],
      ["unknown-change-word", { word: "‹word›", signed: "yes" }],
      ["unknown-change-word", { word: "‹word›", signed: "no" }],
      ["unknown-territory", { reason: "empty", name: "" }],
      ["unknown-territory", { reason: "unknown", name: "‹name›" }],
      ["unknown-territory", { reason: "ambiguous", name: "‹name›", candidates: "‹candidates›" }],
      [
        "unknown-territory",
        {
          reason: "not-in-list",
          name: "‹name›",
          measure: "turnstile",
          level: "city",
          territory: "‹territory›",
          cities: "‹cities›",
        },
      ],
      [
        "unknown-territory",
        {
          reason: "not-in-list",
          name: "‹name›",
          measure: "video",
          level: "region",
          territory: "‹territory›",
          region: "‹region›",
        },
      ],
      ["pdf-textless-pages", { pages: "‹pages›", count: "1" }],
      ["pdf-unreadable-pages", { pages: "‹pages›", count: "1" }],
      ["table-without-context", { table: "‹table›", missing: "measure", rows: "‹rows›" }],
      ["table-total-row", { table: "‹table›", rows: "10, 11" }],
    ];
    for (const [code, params] of variants) {
      const en = issueText(code, params, "en")!;
      const ru = issueText(code, params, "ru")!;
      const kk = issueText(code, params, "kk")!;
      const where = `${code} ${JSON.stringify(params)}`;
      expect({ where, kazakh: KAZAKH_LETTER.test(kk), same: kk === ru }).toEqual({
        where,
        kazakh: true,
        same: false,
      });
      expect({ where, facts: mentioned(kk) }).toEqual({ where, facts: mentioned(en) });
      expect({ where, facts: mentioned(ru) }).toEqual({ where, facts: mentioned(en) });
    }
    // The variants of a code say different things in Kazakh as they do in English.
    const item = issueText("unreadable-number", { text: "x", scope: "item" }, "kk");
    const figure = issueText("unreadable-number", { text: "x", scope: "figure" }, "kk");
    expect(item).not.toBe(figure);
  });

  it("a write that is running keeps its name as typed (=COVERAGE), only its first letter lowered", () => {
    const busy = notice("write-busy", { running: "name", asked: "load" });
    const elsewhere = notice("write-busy-elsewhere", {
      running: "name",
      asked: "load",
      since: "10:15",
    });
    for (const lang of LANGS) {
      expect(hostMessage(busy, lang)).toContain("=COVERAGE");
      expect(hostMessage(elsewhere, lang)).toContain("=COVERAGE");
    }
    expect(hostMessage(busy, "en")).toContain(": defining =COVERAGE is still writing");
    expect(hostMessage(busy, "kk")).toBe(
      "Жүктеу басталмады: осы жұмыс кітабына әлі жазып жатыр («=COVERAGE атауын анықтау»). Ештеңе өзгертілмеді; жазу аяқталғанда қайталаңыз."
    );
    expect(hostMessage(notice("write-busy", { running: "load", asked: "pivot" }), "kk")).toBe(
      "Жиынтық кестені құру басталмады: осы жұмыс кітабына әлі жазып жатыр («жүктеу»). Ештеңе өзгертілмеді; жазу аяқталғанда қайталаңыз."
    );
  });
});

describe("Kazakh names territories in their official Kazakh form", () => {
  it("suggests and lists territories by their Kazakh names, the name as typed kept", () => {
    const unknown = unresolvedText("unknown", "Алмата", "Алматы, Алматинская область", "kk");
    expect(unknown).toBe(
      "«Алмата» аумағы табылмады. Мүмкін, мыналардың бірі шығар: Алматы, Алматы облысы."
    );
    const ambiguous = unresolvedText(
      "ambiguous",
      "Казахстанская",
      "Западно-Казахстанская область, Северо-Казахстанская область",
      "kk"
    );
    expect(ambiguous).toBe(
      "«Казахстанская» атауы екіұшты: бұл мыналардың бірі болуы мүмкін: Батыс Қазақстан облысы, Солтүстік Қазақстан облысы."
    );
    // Russian keeps the names as the data does.
    expect(unresolvedText("unknown", "Алмата", "Алматы, Алматинская область", "ru")).toContain(
      "Алматинская область"
    );
  });

  it("every territory's Russian name becomes its Kazakh one, and a typed name stays as typed", () => {
    for (const t of [...TERRITORIES, COUNTRY]) expect(kazakhName(t.nameRu)).toBe(t.nameKk);
    expect(kazakhName("Нарния")).toBe("Нарния");
    expect(kazakhNames("Караганда и Темиртау, Усть-Каменогорск")).toBe(
      "Қарағанды және Теміртау, Өскемен"
    );
  });

  it("the functions' errors: a territory's suggestions and its other list in Kazakh", () => {
    const r = resolveTerritory("Карагнда");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const params = { reason: r.code, name: "Карагнда", candidates: nameList(r.candidates) };
    const kk = queryMessage({ code: "unresolved-territory", message: "", params }, "kk");
    expect(kk).toBe(
      "«Карагнда» аумағы табылмады. Мүмкін, мыналардың бірі шығар: Қарағанды және Теміртау, Қарағанды облысы."
    );
    for (const t of r.candidates) expect(kk).not.toContain(t.nameRu);

    const almatyRegion = TERRITORIES.find((t) => t.nameRu === "Алматинская область")!;
    const elsewhere = queryMessage(
      {
        code: "reported-elsewhere",
        message: "",
        params: { ...elsewhereFacts(almatyRegion, "turnstile") },
      },
      "kk"
    );
    expect(elsewhere).toBe(
      "«Турникеттер (өткізу жүйесі)» шарасы «Алматы облысы» аумағы бойынша емес, ірі қалалар бойынша беріледі. Осы аумақтың деректердегі қалалары: Қонаев."
    );
    const semey = TERRITORIES.find((t) => t.nameRu === "Семей")!;
    expect(
      queryMessage(
        { code: "reported-elsewhere", message: "", params: { ...elsewhereFacts(semey, "video") } },
        "kk"
      )
    ).toBe(
      "«ЖБО-ға қосылған бейнебақылау» шарасы «Семей» қаласы бойынша емес, өңірлер бойынша беріледі; қараңыз: «Абай облысы»."
    );
  });

  it("the functions' errors: a word that is no measure, in Kazakh", () => {
    const r = resolveMeasure("кнопка тревоги видео");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const kk = queryMessage(
      { code: "unknown-word", message: r.message, params: { ...r.params } },
      "kk"
    );
    expect(kk).toBe(
      "«кнопка тревоги видео» — белгісіз шара (бұл video немесе panic болуы мүмкін). Рұқсат етілген мәндер: video, guard, panic, turnstile."
    );
  });
});

describe("one language's texts at a time", () => {
  const MODULES = [
    ["host", "../../src/host/hostMessages", "HOST_TEMPLATES", "HOST"],
    ["query", "../../src/analysis/queryMessages", "QUERY_TEMPLATES", "QUERY"],
    ["file", "../../src/report/fileMessages", "FILE_TEMPLATES", "FILE"],
    ["issue", "../../src/report/issueTemplates", "ISSUE_TEMPLATES", "ISSUE"],
    ["finding", "../../src/analysis/findingMessages", "FINDING_TEMPLATES", "FINDING"],
  ] as const;

  it.each(MODULES)(
    "the %s catalogue's Russian and Kazakh modules have a text for every code, and no other",
    (_, path, templates, prefix) => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const codes = Object.keys(require(path)[templates]).sort();
      for (const lang of ["ru", "kk"]) {
        const texts = require(`${path}.${lang}`)[`${prefix}_${lang.toUpperCase()}`];
        expect(Object.keys(texts).sort()).toEqual(codes);
        for (const code of codes) expect(typeof texts[code]).toBe("function");
      }
      /* eslint-enable @typescript-eslint/no-require-imports */
    }
  );

  it("says a language only once its texts are added, and English until then (a fresh runtime)", () => {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const fresh =
        require("../../src/domain/catalogue") as typeof import("../../src/domain/catalogue");
      const { QUERY_TEMPLATES: templates } = require("../../src/analysis/queryMessages");
      const { QUERY_KK } = require("../../src/analysis/queryMessages.kk");
      /* eslint-enable @typescript-eslint/no-require-imports */
      const t = templates["no-report"];
      expect(fresh.hasTexts("query", "kk")).toBe(false);
      expect(fresh.hasTexts("query", "en")).toBe(true);
      expect(fresh.renderTemplate(t, {}, "kk")).toBe("No report is loaded.");
      fresh.addTexts("query", "kk", QUERY_KK);
      expect(fresh.hasTexts("query", "kk")).toBe(true);
      expect(fresh.renderTemplate(t, {}, "kk")).toBe("Бірде-бір есеп жүктелмеген.");
      expect(fresh.hasTexts("query", "ru")).toBe(false);
    });
  });
});
