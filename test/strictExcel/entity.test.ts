/**
 * The strict host's entity-value rules (entity.ts), each with a well-formed entity beside the
 * malformed one so that a rule that refuses everything fails too.
 */
import { entitiesSupported, entityProblems, fieldValue, propertiesOffCard } from "./entity";
import { M365_2208, PROFILES } from "./profiles";

const good = () => ({
  type: "Entity",
  text: "Алматы",
  properties: {
    Name: { type: "String", basicValue: "Алматы" },
    "Turnstiles, schools: coverage": { type: "Double", basicValue: 0.467, numberFormat: "0.0%" },
    Capital: { type: "Boolean", basicValue: false },
  },
  layouts: {
    compact: { icon: "City" },
    card: {
      title: { property: "Name" },
      sections: [{ layout: "List", properties: ["Turnstiles, schools: coverage", "Capital"] }],
    },
  },
});
type Entity = ReturnType<typeof good> & Record<string, unknown>;
const bad = (change: (e: Entity) => void, profile = PROFILES.web) => {
  const e = good() as Entity;
  change(e);
  return entityProblems(e, profile);
};
const props = (e: Entity) => e.properties as Record<string, unknown>;

describe("entity values: the rules the strict host checks", () => {
  it("a well-formed entity has no problem, and every property is on its card", () => {
    expect(entityProblems(good(), PROFILES.web)).toEqual([]);
    expect(propertiesOffCard(good() as never)).toEqual([]);
  });

  it("type must be 'Entity'; text is required", () => {
    expect(bad((e) => (e.type = "entity"))).toEqual(["type is not 'Entity'"]);
    expect(bad((e) => delete (e as Partial<Entity>).text)).toEqual(["text is missing or empty"]);
  });

  it("each property is a data type with a type and a basicValue of that type", () => {
    expect(bad((e) => ((e.properties as Record<string, unknown>).Raw = 5))).toEqual([
      "property 'Raw' has no type (each property is a data type with a type and basicValue)",
    ]);
    expect(
      bad((e) => ((e.properties as Record<string, unknown>).Total = { type: "Double" }))
    ).toEqual(["property 'Total' has no basicValue"]);
    expect(
      bad(
        (e) =>
          ((e.properties as Record<string, unknown>).Total = { type: "Double", basicValue: "12" })
      )
    ).toEqual(["property 'Total' is a Double whose basicValue is \"12\""]);
    expect(
      bad(
        (e) =>
          ((e.properties as Record<string, unknown>).Total = { type: "Double", basicValue: NaN })
      )
    ).toEqual(["property 'Total' is a Double whose basicValue is null"]);
    expect(
      bad(
        (e) =>
          ((e.properties as Record<string, unknown>).Pic = { type: "WebImage", basicValue: "x" })
      )
    ).toEqual(["property 'Pic' is a WebImage, which the strict host does not model"]);
  });

  it("an entity's basicValue and basicType are read-only; referencedValues only on the root", () => {
    expect(bad((e) => (e.basicValue = "Алматы"))).toEqual(["basicValue is read-only"]);
    expect(bad((e) => (e.basicValue = "#VALUE!"))).toEqual([]);
    expect(
      bad(
        (e) =>
          ((e.properties as Record<string, unknown>).Inner = {
            type: "Entity",
            text: "inner",
            properties: {},
            referencedValues: [],
          })
      )
    ).toEqual(["property 'Inner': referencedValues on a nested entity"]);
    expect(
      bad(
        (e) =>
          ((e.properties as Record<string, unknown>).Inner = {
            type: "Entity",
            text: "inner",
            properties: {},
          })
      )
    ).toEqual([]);
  });

  it("a number's format: on a Double from ExcelApi 1.19; a FormattedNumber (ExcelApi 1.16) before", () => {
    // Microsoft 365 Version 2208: data types (1.16), but no DoubleCellValue.numberFormat (1.19).
    expect(bad(() => undefined, M365_2208)).toEqual([
      "property 'Turnstiles, schools: coverage' is a Double with a numberFormat, which needs ExcelApi 1.19 (this Excel has 1.16; use a FormattedNumber)",
    ]);
    expect(
      bad(
        (e) =>
          delete (props(e)["Turnstiles, schools: coverage"] as Record<string, unknown>)
            .numberFormat,
        M365_2208
      )
    ).toEqual([]);
    const formatted = { type: "FormattedNumber", basicValue: 0.467, numberFormat: "0.0%" };
    for (const profile of [M365_2208, PROFILES.web])
      expect(bad((e) => (props(e)["Turnstiles, schools: coverage"] = formatted), profile)).toEqual(
        []
      );
    expect(bad((e) => (props(e).Share = { type: "FormattedNumber", basicValue: 0.5 }))).toEqual([
      "property 'Share' is a FormattedNumber without a numberFormat",
    ]);
    expect(bad((e) => (props(e).Share = { ...formatted, basicValue: "0.5" }))).toEqual([
      "property 'Share' is a FormattedNumber whose basicValue is \"0.5\"",
    ]);
    expect(bad((e) => (props(e).Share = { ...formatted, numberFormat: 2 }))).toEqual([
      "property 'Share' has a numberFormat that is not a string",
    ]);
  });

  it("propertyMetadata: excludeFrom's four features, each a boolean; a property off the card is not on a layout", () => {
    const alias = (excludeFrom: unknown) => ({
      type: "String",
      basicValue: "Алматы",
      propertyMetadata: { excludeFrom },
    });
    expect(
      bad(
        (e) => (props(e).Атауы = alias({ cardView: true, autoComplete: true, calcCompare: true }))
      )
    ).toEqual([]);
    expect(bad((e) => (props(e).Атауы = alias({ card: true })))).toEqual([
      "property 'Атауы' has excludeFrom.card = true (META: autoComplete, calcCompare, cardView, dotNotation, each a boolean)",
    ]);
    expect(bad((e) => (props(e).Атауы = alias({ cardView: "yes" })))).toEqual([
      "property 'Атауы' has excludeFrom.cardView = \"yes\" (META: autoComplete, calcCompare, cardView, dotNotation, each a boolean)",
    ]);
    expect(
      bad(
        (e) =>
          (props(e).Атауы = {
            type: "String",
            basicValue: "x",
            propertyMetadata: { displayName: "Name" },
          })
      )
    ).toEqual(["property 'Атауы' has propertyMetadata.displayName, which Excel does not define"]);
    // Excluded from the card: not counted as missing from it, and no layout may name it.
    const e = good() as Entity;
    props(e).Атауы = alias({ cardView: true });
    expect(propertiesOffCard(e as never)).toEqual([]);
    props(e).Атауы = alias({ autoComplete: true });
    expect(propertiesOffCard(e as never)).toEqual(["Атауы"]);
    expect(
      bad((x) => {
        props(x).Name = alias({ cardView: true });
      })
    ).toEqual(["layouts.card.title names 'Name', excluded from the card"]);
    expect(
      bad((x) => {
        props(x).Capital = { ...alias({ cardView: true }), type: "Boolean", basicValue: false };
      })
    ).toEqual(["section 1 names 'Capital', excluded from the card"]);
  });

  it("property names: not empty, no [ or ], not two that differ only in case", () => {
    const s = { type: "String", basicValue: "x" };
    expect(bad((e) => (props(e)["Rank [2023]"] = s))).toEqual([
      "property name 'Rank [2023]' holds [ or ]",
    ]);
    expect(bad((e) => (props(e).NAME = s))).toEqual([
      "property names 'Name' and 'NAME' differ only in case",
    ]);
    expect(bad((e) => (props(e)[" "] = s))).toEqual(["a property has an empty name"]);
  });

  it("layouts.card names only properties the entity has; sections are List or Table", () => {
    expect(bad((e) => (e.layouts.card.title = { property: "Title" }))).toEqual([
      "layouts.card.title names no property of the entity",
    ]);
    expect(bad((e) => ((e.layouts.card as Record<string, unknown>).title = "Any text"))).toEqual(
      []
    );
    expect(bad((e) => e.layouts.card.sections[0].properties.push("Gone"))).toEqual([
      "section 1 names 'Gone', which is no property",
    ]);
    expect(bad((e) => (e.layouts.card.sections[0].layout = "TwoColumn"))).toEqual([
      'section 1: layout is not "List" or "Table"',
    ]);
    expect(bad((e) => (e.layouts.card.sections[0].layout = "Table"))).toEqual([]);
    const off = good();
    off.layouts.card.sections[0].properties.pop();
    expect(propertiesOffCard(off as never)).toEqual(["Capital"]);
  });

  it("FIELDVALUE: a field by name (without case), #FIELD! for one the entity lacks", () => {
    const cell = { error: "#VALUE!", entity: good() } as never;
    expect(fieldValue(cell, "turnstiles, SCHOOLS: coverage")).toBe(0.467);
    expect(fieldValue(cell, "Name")).toBe("Алматы");
    expect(fieldValue(cell, "Population")).toEqual({ error: "#FIELD!" });
    expect(fieldValue({ error: "#N/A" }, "Name")).toEqual({ error: "#N/A" });
    expect(fieldValue(12, "Name")).toEqual({ error: "#VALUE!" });
    // META excludeFrom.dotNotation: not reachable by FIELDVALUE; the other exclusions are.
    const e = good() as Entity;
    props(e).Hidden = {
      type: "Double",
      basicValue: 1,
      propertyMetadata: { excludeFrom: { dotNotation: true } },
    };
    props(e).Alias = {
      type: "Double",
      basicValue: 2,
      propertyMetadata: { excludeFrom: { cardView: true, autoComplete: true } },
    };
    const withMeta = { error: "#VALUE!", entity: e } as never;
    expect(fieldValue(withMeta, "Hidden")).toEqual({ error: "#FIELD!" });
    expect(fieldValue(withMeta, "alias")).toBe(2);
  });

  it("which profiles take data types from custom functions (CustomFunctionsRuntime 1.4, ExcelApi 1.16)", () => {
    expect(entitiesSupported(PROFILES.web)).toBe(true);
    expect(entitiesSupported(PROFILES.excel2021)).toBe(false);
    expect(entitiesSupported(PROFILES.macMin)).toBe(false);
    expect(entitiesSupported(M365_2208)).toBe(true);
    expect(
      entitiesSupported({
        ...PROFILES.web,
        sets: { ...PROFILES.web.sets, CustomFunctionsRuntime: "1.3" },
      })
    ).toBe(false);
  });
});
