/**
 * EDU.TERRITORY: a territory's card as an Excel entity value where Excel takes data types from
 * custom functions (CustomFunctionsRuntime 1.4 and ExcelApi 1.16), its official name as text where
 * it does not. Called as Excel calls it (parameters as the generated functions.json declares them);
 * every field compared with the EDU function that answers the same question, on Microsoft 365 today
 * (ExcelApi 1.20: a Double with its numberFormat) and on its first build with data types (Version
 * 2208, ExcelApi 1.16: a FormattedNumber), and under its name in each language.
 */
import * as functions from "../../src/functions/functions";
import { runtimeStore } from "../../src/functions/runtime";
import { type Lang, LANGS } from "../../src/domain/lang";
import { MEASURE_IDS } from "../../src/domain/measures";
import { resolveTerritory } from "../../src/domain/resolveTerritory";
import { COUNTRY, TERRITORIES, territoryById, territoryName } from "../../src/domain/territories";
import {
  CARD_METRICS,
  CARD_TYPES,
  type CardMetric,
  cardFieldName,
  cardTextField,
} from "../../src/analysis/territoryCard";
import { CARD_FORMATS } from "../../src/functions/territoryEntity";
import { entityProblems, type EntityModel, propertiesOffCard } from "../strictExcel/entity";
import { type HostProfile, M365_2208, PROFILES, supports } from "../strictExcel/profiles";
import { userWorkbook } from "../helpers/strictHost";
import type { StrictExcelHost } from "../strictExcel/host";
import { asExcelCalls, cell, installCustomFunctionsHost } from "../helpers/customFunctionsHost";
import { quarters } from "../helpers/quarters";
import { seedReport } from "../helpers/seed";

const edu = asExcelCalls(functions);

/** Office as the shared runtime sees it: its language and what isSetSupported answers. */
function office(profile: HostProfile | null, displayLanguage = "en-US"): void {
  const g = globalThis as { Office?: unknown };
  if (!profile) delete g.Office;
  else
    g.Office = {
      context: {
        displayLanguage,
        requirements: { isSetSupported: (s: string, v?: string) => supports(profile, s, v) },
      },
    };
}

const langOfDisplay: Record<Lang, string> = { en: "en-US", ru: "ru-RU", kk: "kk-KZ" };

/** The function that answers each card field, as a cell would call it. */
const ASK: Record<CardMetric, (t: string, o: string, m: string) => Promise<unknown>> = {
  coverage: (t, o, m) => edu.coverage(t, o, m),
  covered: (t, o, m) => edu.covered(t, o, m),
  total: (t, o, m) => edu.total(t, o, m),
  stated: (t, o, m) => edu.stated(t, o, m),
  rank: (t, o, m) => edu.rank(t, o, m),
  change: (t, o, m) => edu.change(t, o, m),
};

const ASKED = ["Алматы", "Алматинская", "Семей", "ВКО", "Казахстан"];

/** A field under another language's name: off the card, out of autocomplete and of the compare. */
const ALIAS = { excludeFrom: { cardView: true, autoComplete: true, calcCompare: true } };

/**
 * Every field of the card against the function: equal where the function answers a number, absent
 * where it answers an error; with its number format as `profile`'s Excel reads it (a Double's own
 * numberFormat from ExcelApi 1.19, a FormattedNumber before), and the same value under the field's
 * name in the other languages. Returns how many numbers were compared.
 */
async function expectCardEqualsFunctions(
  name: string,
  lang: Lang,
  profile: HostProfile = PROFILES.web
): Promise<number> {
  const e = (await cell(edu.territory(name))) as EntityModel;
  expect({ name, problems: entityProblems(e, profile) }).toEqual({ name, problems: [] });
  expect({ name, offCard: propertiesOffCard(e) }).toEqual({ name, offCard: [] });
  const type = supports(profile, "ExcelApi", "1.19") ? "Double" : "FormattedNumber";
  let compared = 0;
  for (const m of MEASURE_IDS)
    for (const o of CARD_TYPES)
      for (const metric of CARD_METRICS) {
        const expected = await cell(ASK[metric](name, o, m));
        const field = cardFieldName(m, o, metric, lang);
        const got = e.properties[field];
        const others = LANGS.filter((l) => l !== lang).map((l) => cardFieldName(m, o, metric, l));
        if (typeof expected === "number") {
          compared++;
          const want = { type, basicValue: expected, numberFormat: CARD_FORMATS[metric] };
          expect({ name, field, got }).toEqual({ name, field, got: want });
          for (const alias of others)
            expect({ name, alias, got: e.properties[alias] }).toEqual({
              name,
              alias,
              got: { ...want, propertyMetadata: ALIAS },
            });
        } else {
          expect({ name, field, got, expected }).toEqual({ name, field, got: undefined, expected });
          for (const alias of others) expect(e.properties[alias]).toBeUndefined();
        }
      }
  return compared;
}

beforeAll(() => {
  installCustomFunctionsHost();
  runtimeStore.dataset.addReport(seedReport());
  runtimeStore.setReady();
});
afterEach(() => office(null));

describe("EDU.TERRITORY where Excel takes data types (Excel on the web / Microsoft 365)", () => {
  it("is an entity whose every figure is what EDU.COVERAGE, COVERED, TOTAL, STATED, RANK and CHANGE answer", async () => {
    office(PROFILES.web);
    const counts: Record<string, number> = {};
    for (const name of ASKED) counts[name] = await expectCardEqualsFunctions(name, "en");
    // Not vacuous: Алматы is reported by region and as a city (4 measures × 4 types: coverage,
    // covered, total, rank; stated for the 3 types), a region has video only, a city group the other 3.
    expect(counts).toEqual({
      Алматы: 4 * (4 * 4 + 3),
      Алматинская: 4 * 4 + 3,
      Семей: 3 * (4 * 4 + 3),
      ВКО: 4 * 4 + 3,
      // The country: no rank; stated only where the report states a national percentage.
      Казахстан: expect.any(Number),
    });
    expect(counts.Казахстан).toBeGreaterThanOrEqual(4 * 4 * 3);
  });

  it("shows the official name in the cell, the region, the period, and why the changes are missing", async () => {
    office(PROFILES.web);
    const e = (await cell(edu.territory("Семей"))) as EntityModel;
    expect(e.type).toBe("Entity");
    expect(e.text).toBe("Semey");
    expect(e.properties.Name).toEqual({ type: "String", basicValue: "Semey" });
    expect(e.properties.Region).toEqual({ type: "String", basicValue: "Abai Region" });
    expect(e.properties.Period).toEqual({ type: "String", basicValue: "2023-Q1" });
    expect(e.properties.Notes).toEqual({
      type: "String",
      basicValue: await cell(edu.change("Семей", "school", "turnstile")).then((s) =>
        String(s).replace(/^#N\/A /, "")
      ),
    });
    expect(e.layouts?.card?.title).toEqual({ property: "Name" });
    expect(e.layouts?.card?.subTitle).toEqual({ property: "Region" });
    expect(e.layouts?.card?.sections?.map((s) => s.title)).toEqual([
      undefined,
      ...["Guard", "Panic button", "Turnstiles"].flatMap((m) =>
        ["kindergartens", "schools", "colleges", "all types"].map((t) => `${m}, ${t}`)
      ),
    ]);
  });

  it("on Microsoft 365 Version 2208 (ExcelApi 1.16, before DoubleCellValue.numberFormat), each figure is a FormattedNumber", async () => {
    office(M365_2208);
    for (const name of ASKED)
      expect(await expectCardEqualsFunctions(name, "en", M365_2208)).toBeGreaterThan(0);
    const e = (await cell(edu.territory("Алматы"))) as EntityModel;
    expect(e.properties["Turnstiles, schools: coverage"]).toEqual({
      type: "FormattedNumber",
      basicValue: await cell(edu.coverage("Алматы", "school", "turnstile")),
      numberFormat: "0.0%",
    });
    // The card built for today's Excel would not show there: a Double's numberFormat is ExcelApi 1.19.
    office(PROFILES.web);
    const today = (await cell(edu.territory("Алматы"))) as EntityModel;
    expect(entityProblems(today, M365_2208)).toContain(
      "property 'Turnstiles, schools: coverage' is a Double with a numberFormat, which needs ExcelApi 1.19 (this Excel has 1.16; use a FormattedNumber)"
    );
  });

  it("speaks the Office language: field names, the name and the region in Russian or Kazakh", async () => {
    for (const lang of ["ru", "kk"] as const) {
      office(PROFILES.web, langOfDisplay[lang]);
      expect(await expectCardEqualsFunctions("Алматинская", lang)).toBe(4 * 4 + 3);
      const e = (await cell(edu.territory("Семей"))) as EntityModel;
      const semey = TERRITORIES.find((t) => t.nameRu === "Семей")!;
      const abai = TERRITORIES.find((t) => t.id === semey.regionId)!;
      expect(e.text).toBe(territoryName(semey, lang));
      expect(e.properties[cardTextField("region", lang)]).toEqual({
        type: "String",
        basicValue: territoryName(abai, lang),
      });
    }
    office(PROFILES.web, "ru-RU");
    const e = (await cell(edu.territory("Семей"))) as EntityModel;
    expect(e.properties["Турникеты, школы: охват"]).toEqual({
      type: "Double",
      basicValue: await cell(edu.coverage("Семей", "school", "turnstile")),
      numberFormat: "0.0%",
    });
    // The card shows Russian names only; the English and Kazakh ones are there for formulas.
    const onCard = new Set([
      ...(e.layouts?.card?.sections ?? []).flatMap((s) => s.properties),
      "Название",
      "Регион",
    ]);
    expect(onCard.has("Turnstiles, schools: coverage")).toBe(false);
    expect(e.properties["Turnstiles, schools: coverage"]).toMatchObject({
      propertyMetadata: ALIAS,
    });
    expect(e.properties["Турникеттер, мектептер: қамту"]).toMatchObject({
      propertyMetadata: ALIAS,
    });
    expect(e.properties.Region).toEqual({
      type: "String",
      basicValue: e.properties["Регион"].basicValue,
      propertyMetadata: ALIAS,
    });
  });
});

describe("EDU.TERRITORY where Excel has no data types from add-ins: the name as text", () => {
  it.each([
    ["Excel 2021 (CustomFunctionsRuntime 1.3)", PROFILES.excel2021],
    ["Excel for Mac 16.35 (CustomFunctionsRuntime 1.2)", PROFILES.macMin],
  ])("%s: the official name, which the other functions take back", async (_, profile) => {
    for (const lang of LANGS) {
      office(profile, langOfDisplay[lang]);
      const almaty = TERRITORIES.find((t) => t.nameRu === "Алматы")!;
      const shown = await cell(edu.territory("алматы"));
      expect(shown).toBe(territoryName(almaty, lang));
      expect(await cell(edu.coverage(shown, "school", "turnstile"))).toBe(
        await cell(edu.coverage("Алматы", "school", "turnstile"))
      );
    }
  });

  it("a profile with CustomFunctionsRuntime 1.4 but not ExcelApi 1.16 gets text too", async () => {
    office({ ...PROFILES.web, sets: { ...PROFILES.web.sets, ExcelApi: "1.15" } });
    expect(await cell(edu.territory("ВКО"))).toBe("East Kazakhstan Region");
  });

  it("without Office (a test, the CLI): text", async () => {
    office(null);
    expect(await cell(edu.territory("Казахстан"))).toBe("Kazakhstan");
  });

  it("every territory's official name, in each language, names it again", () => {
    const wrong = [...TERRITORIES, COUNTRY].flatMap((t) =>
      LANGS.flatMap((lang) => {
        const r = resolveTerritory(territoryName(t, lang));
        return r.ok && r.territory.id === t.id
          ? []
          : [`${t.id} ${lang} '${territoryName(t, lang)}'`];
      })
    );
    expect(wrong).toEqual([]);
  });
});

describe("EDU.TERRITORY: a name or period that does not resolve is EDU.COVERAGE's error", () => {
  it.each([
    ["en-US", PROFILES.web],
    ["ru-RU", PROFILES.web],
    ["kk-KZ", PROFILES.excel2021],
  ])("%s", async (language, profile) => {
    office(profile, language);
    for (const name of ["Алмата", "", "Казахстанская"])
      expect(await cell(edu.territory(name))).toBe(
        await cell(edu.coverage(name, "school", "turnstile"))
      );
    expect(await cell(edu.territory("Алмата"))).toMatch(/^#N\/A /);
    expect(await cell(edu.territory("Алматы", "2022-Q4"))).toBe(
      await cell(edu.coverage("Алматы", "school", "turnstile", "2022-Q4"))
    );
  });
});

/** Writes the formulas into Notes!D1:Dn and reads what Excel shows once the functions settle. */
async function settle(host: StrictExcelHost, formulas: string[], prop: "values" | "valuesAsJson") {
  const address = `D1:D${formulas.length}`;
  await host.run(async (c) => {
    c.workbook.worksheets.getItem("Notes").getRange(address).formulas = formulas.map((f) => [f]);
    await c.sync();
  });
  for (let i = 0; i < 50; i++) {
    const v = await host.run(async (c) => {
      const r = c.workbook.worksheets.getItem("Notes").getRange(address).load("values");
      await c.sync();
      return r.values.map((row) => row[0]);
    });
    if (!v.includes("#BUSY!")) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  return host.run(async (c) => {
    const r = c.workbook.worksheets.getItem("Notes").getRange(address).load(prop);
    await c.sync();
    return (r[prop] as unknown[][]).map((row) => row[0]);
  });
}

describe("EDU.TERRITORY in the strict host (formulas in cells, read back through Office.js)", () => {
  const EDU = {
    "EDU.TERRITORY": (...a: unknown[]) =>
      (functions.territory as (...x: unknown[]) => unknown)(...a),
    "EDU.COVERAGE": (...a: unknown[]) => (functions.coverage as (...x: unknown[]) => unknown)(...a),
  };

  const FORMULAS = [
    '=EDU.TERRITORY("Алматы")',
    '=FIELDVALUE(D1,"Turnstiles, schools: coverage")',
    '=EDU.COVERAGE("Алматы","school","turnstile")',
    '=FIELDVALUE(D1,"turnstiles, SCHOOLS: coverage")',
    '=FIELDVALUE(D1,"Turnstiles, universities: coverage")',
  ];

  it("Microsoft 365: the cell holds the entity (valuesAsJson), its field equals EDU.COVERAGE", async () => {
    const host = await userWorkbook(PROFILES.web, EDU);
    const shown = await settle(host, FORMULAS, "values");
    expect(host.model.entityProblems).toEqual([]);
    // Range.values of an entity is its basicValue, "#VALUE!" (REF EntityCellValue.basicValue).
    expect(shown[0]).toBe("#VALUE!");
    expect(shown[1]).toBeCloseTo(100 / 214, 12);
    expect(shown[1]).toBe(shown[2]);
    expect(shown[3]).toBe(shown[2]);
    expect(shown[4]).toBe("#FIELD!");
    const json = await settle(host, FORMULAS, "valuesAsJson");
    expect(json[0]).toMatchObject({ type: "Entity", text: "Almaty" });
    expect(json[2]).toEqual({ type: "Double", basicType: "Double", basicValue: shown[2] });
  });

  it("Microsoft 365 Version 2208 (ExcelApi 1.16): the entity shows, its field equals EDU.COVERAGE", async () => {
    const host = await userWorkbook(M365_2208, EDU);
    const shown = await settle(host, FORMULAS, "values");
    expect(host.model.entityProblems).toEqual([]);
    expect(shown[0]).toBe("#VALUE!");
    expect(shown[1]).toBeCloseTo(100 / 214, 12);
    expect(shown.slice(1, 4)).toEqual([shown[2], shown[2], shown[2]]);
    const json = await settle(host, FORMULAS, "valuesAsJson");
    expect(json[0]).toMatchObject({
      type: "Entity",
      properties: { "Turnstiles, schools: coverage": { type: "FormattedNumber" } },
    });
  });

  it("a field named in any Office language is found whatever the language of the Office that recalculates", async () => {
    // `=A1.[…]` and FIELDVALUE read a property by its key, and a key is all a property has for a
    // name (CellValuePropertyMetadata: attribution, excludeFrom, sublabel; no display name). The
    // entity is rebuilt in the language of the Office that recalculates, so each field is also
    // there under its other languages' names (off the card): a formula written in one Office
    // language keeps its value in another's. A name in a fourth language is not found.
    const written = [
      '=EDU.TERRITORY("Алматы")',
      '=FIELDVALUE(D1,"Turnstiles, schools: coverage")',
      '=FIELDVALUE(D1,"Турникеты, школы: охват")',
      '=FIELDVALUE(D1,"Турникеттер, мектептер: қамту")',
      '=FIELDVALUE(D1,"Region")',
      '=FIELDVALUE(D1,"Регион")',
      '=EDU.COVERAGE("Алматы","school","turnstile")',
      '=FIELDVALUE(D1,"Drehkreuze, Schulen: Abdeckung")',
    ];
    for (const lang of LANGS) {
      const host = await userWorkbook(PROFILES.web, EDU);
      (
        globalThis as { Office: { context: { displayLanguage: string } } }
      ).Office.context.displayLanguage = langOfDisplay[lang];
      const shown = await settle(host, written, "values");
      expect(host.model.entityProblems).toEqual([]);
      const almaty = TERRITORIES.find((t) => t.nameRu === "Алматы")!;
      const region = territoryName(territoryById(almaty.regionId)!, lang);
      expect({ lang, shown: shown.slice(1) }).toEqual({
        lang,
        shown: [shown[6], shown[6], shown[6], region, region, shown[6], "#FIELD!"],
      });
      expect(typeof shown[6]).toBe("number");
      const json = (await settle(host, written.slice(0, 1), "valuesAsJson"))[0] as EntityModel;
      expect(json.text).toBe(territoryName(almaty, lang));
    }
  });

  it("Excel 2021: the name as text, so no #VALUE!; valuesAsJson (ExcelApi 1.16) is refused", async () => {
    const host = await userWorkbook(PROFILES.excel2021, EDU);
    const shown = await settle(host, FORMULAS, "values");
    expect(shown.slice(0, 3)).toEqual(["Almaty", "#VALUE!", shown[2]]);
    expect(typeof shown[2]).toBe("number");
    expect(host.model.entityProblems).toEqual([]);
    await expect(settle(host, FORMULAS, "valuesAsJson")).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it("an entity returned to an Excel without data types shows #VALUE!, as Microsoft documents", async () => {
    office(PROFILES.web);
    const entity = await cell(edu.territory("Алматы"));
    const host = await userWorkbook(PROFILES.excel2021, { "EDU.FORCED": async () => entity });
    const shown = await settle(host, ["=EDU.FORCED()"], "values");
    expect(shown).toEqual(["#VALUE!"]);
    expect(host.model.entityProblems).toEqual([
      ["this Excel does not take data types from custom functions (CustomFunctionsRuntime 1.4)"],
    ]);
  });
});

describe("a malformed entity from a custom function (the strict host's rules, in a cell)", () => {
  it("shows #VALUE! even where Excel takes data types, and the host keeps why", async () => {
    const broken = { type: "Entity", text: "x", properties: { Total: { type: "Double" } } };
    const host = await userWorkbook(PROFILES.web, { "EDU.BROKEN": async () => broken });
    expect(await settle(host, ["=EDU.BROKEN()"], "values")).toEqual(["#VALUE!"]);
    expect(host.model.entityProblems).toEqual([["property 'Total' has no basicValue"]]);
  });
});

describe("EDU.TERRITORY over two quarters", () => {
  it("the change fields equal EDU.CHANGE, against the period before; a card for the first period says none is before it", async () => {
    const q = quarters(2, 11);
    // The last tests in this file: the runtime store keeps the second quarter from here on.
    runtimeStore.dataset.addReport(q.reports[1]);
    office(PROFILES.web);
    for (const name of ["Алматы", "Семей", "Алматинская"]) {
      const e = (await cell(edu.territory(name))) as EntityModel;
      expect(e.properties["Compared with"]).toEqual({ type: "String", basicValue: "2023-Q1" });
      expect(e.properties.Period).toEqual({ type: "String", basicValue: "2023-Q2" });
      expect(e.properties.Notes).toBeUndefined();
      await expectCardEqualsFunctions(name, "en");
      for (const m of MEASURE_IDS)
        for (const o of CARD_TYPES) {
          const change = await cell(edu.change(name, o, m));
          if (typeof change === "number")
            expect(e.properties[cardFieldName(m, o, "change", "en")]).toMatchObject({
              basicValue: change,
            });
        }
    }
    const first = (await cell(edu.territory("Алматы", "2023-Q1"))) as EntityModel;
    expect(first.properties["Compared with"]).toBeUndefined();
    expect(first.properties.Notes).toEqual({
      type: "String",
      basicValue: String(
        await cell(edu.change("Алматы", "school", "turnstile", "", "2023-Q1"))
      ).replace(/^#N\/A /, ""),
    });
    expect(first.properties["Turnstiles, schools: coverage"]).toEqual({
      type: "Double",
      basicValue: await cell(edu.coverage("Алматы", "school", "turnstile", "2023-Q1")),
      numberFormat: "0.0%",
    });
  });
});
