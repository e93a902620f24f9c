/**
 * The strict host's entity-value rules (entity.ts), each with a well-formed entity beside the
 * malformed one so that a rule that refuses everything fails too.
 */
import { entitiesSupported, entityProblems, fieldValue, propertiesOffCard } from "./entity";
import { PROFILES } from "./profiles";

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
const bad = (change: (e: Entity) => void) => {
  const e = good() as Entity;
  change(e);
  return entityProblems(e);
};

describe("entity values: the rules the strict host checks", () => {
  it("a well-formed entity has no problem, and every property is on its card", () => {
    expect(entityProblems(good())).toEqual([]);
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

  it("property names: not empty, no [ or ], not two that differ only in case", () => {
    const props = (e: Entity) => e.properties as Record<string, unknown>;
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
  });

  it("which profiles take data types from custom functions (CustomFunctionsRuntime 1.4, ExcelApi 1.16)", () => {
    expect(entitiesSupported(PROFILES.web)).toBe(true);
    expect(entitiesSupported(PROFILES.excel2021)).toBe(false);
    expect(entitiesSupported(PROFILES.macMin)).toBe(false);
    expect(
      entitiesSupported({
        ...PROFILES.web,
        sets: { ...PROFILES.web.sets, CustomFunctionsRuntime: "1.3" },
      })
    ).toBe(false);
  });
});
