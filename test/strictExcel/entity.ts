/**
 * Entity values (Excel data types with a card) as the strict host takes them from a custom
 * function. Each rule cites its source; where no Microsoft text states it, the comment says so and
 * why the host enforces it anyway (stricter than Excel, never more lenient).
 *
 * Sources, abbreviated below:
 *   CFDT = PR docs/excel/custom-functions-data-types-concepts.md ("Use data types with custom functions in Excel")
 *   DTC  = PR docs/excel/excel-data-types-concepts.md ("Excel data types core concepts")
 *   CARD = PR docs/excel/excel-data-types-entity-card.md ("Use cards with cell value data types")
 *   CFRS = office-js-docs-reference docs/requirement-sets/excel/custom-functions-requirement-sets.md
 *   REF  = excel.entitycellvalue.yml and the card layout classes (the same text in @types/office-js)
 *   NUM  = excel.doublecellvalue / excel.formattednumbercellvalue (learn.microsoft.com/javascript/api/excel):
 *          DoubleCellValue.numberFormat "[API set: ExcelApi 1.19]"; FormattedNumberCellValue
 *          "[API set: ExcelApi 1.16]", "Deprecated since ExcelApi 1.19 … use DoubleCellValue instead"
 *   META = excel.cellvaluepropertymetadata / …exclusions: propertyMetadata { attribution, excludeFrom,
 *          sublabel }, excludeFrom { autoComplete, calcCompare, cardView, dotNotation } (ExcelApi 1.16)
 *   FV   = support.microsoft.com, "FIELDVALUE function"
 */
import type { ErrorValue, Scalar, Value } from "./formula";
import { type HostProfile, supports } from "./profiles";

/**
 * Whether the profile's Excel shows an entity value a custom function returns. CFRS: "Requirement
 * set 1.4 includes custom functions integration with data types" (web; Windows Microsoft 365 from
 * Version 2208; Mac 16.64; not on perpetual Office nor iPad). The entity schema itself is ExcelApi
 * 1.16 (REF "[Api set: ExcelApi 1.16]" on EntityCellValue).
 */
export function entitiesSupported(profile: HostProfile): boolean {
  return (
    supports(profile, "CustomFunctionsRuntime", "1.4") && supports(profile, "ExcelApi", "1.16")
  );
}

export interface EntityModel {
  type: "Entity";
  text: string;
  properties: Record<string, PropertyModel>;
  layouts?: {
    compact?: { icon?: string };
    card?: {
      title?: string | { property: string };
      subTitle?: { property: string };
      mainImage?: { property: string };
      sections?: Array<{ layout: string; title?: string; properties: string[] }>;
    };
  };
}
type PropertyModel = {
  type: string;
  basicValue?: unknown;
  numberFormat?: string;
  propertyMetadata?: {
    excludeFrom?: Partial<Record<(typeof EXCLUSIONS)[number], boolean>>;
    sublabel?: string;
  };
};

/** META CellValuePropertyMetadataExclusions: the features a property can be kept out of. */
const EXCLUSIONS = ["autoComplete", "calcCompare", "cardView", "dotNotation"] as const;

/** Whether a property is kept out of `feature` (META: true excludes; false and undefined include). */
const excluded = (p: PropertyModel | undefined, feature: (typeof EXCLUSIONS)[number]) =>
  p?.propertyMetadata?.excludeFrom?.[feature] === true;

/**
 * A cell holding an entity. To the classic API it is the error #VALUE!: REF EntityCellValue.basicValue
 * is "the value that would be returned by Range.values for a cell with this value" ("#VALUE!") and
 * basicType is Error; arithmetic on it is #VALUE! as on any error. valuesAsJson gives the entity.
 */
export interface EntityScalar extends ErrorValue {
  error: "#VALUE!";
  entity: EntityModel;
}

export const isEntityScalar = (v: unknown): v is EntityScalar =>
  typeof v === "object" && v !== null && "entity" in v && "error" in v;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Something a custom function returned that claims to be a data type (has a `type` member). */
export const looksLikeCellValue = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && "type" in v;

/** What is wrong with a property's metadata (META), or null. Unknown members are refused (stricter). */
function metadataProblem(name: string, m: unknown): string | null {
  if (!isObject(m)) return `property '${name}' has a propertyMetadata that is not an object`;
  for (const key of Object.keys(m))
    if (!["attribution", "excludeFrom", "sublabel"].includes(key))
      return `property '${name}' has propertyMetadata.${key}, which Excel does not define`;
  if ("sublabel" in m && typeof m.sublabel !== "string")
    return `property '${name}' has a sublabel that is not a string`;
  if ("attribution" in m && !Array.isArray(m.attribution))
    return `property '${name}' has an attribution that is not an array`;
  const ex = m.excludeFrom;
  if (ex === undefined) return null;
  if (!isObject(ex)) return `property '${name}' has an excludeFrom that is not an object`;
  for (const [key, value] of Object.entries(ex))
    if (!(EXCLUSIONS as readonly string[]).includes(key) || typeof value !== "boolean")
      return `property '${name}' has excludeFrom.${key} = ${JSON.stringify(value)} (META: ${EXCLUSIONS.join(", ")}, each a boolean)`;
  return null;
}

/** What is wrong with a property's value on this Excel, or null. */
function propertyProblem(name: string, p: unknown, profile: HostProfile): string | null {
  // CARD, Card properties: "Each nested property, or data type, must have a type and basicValue setting."
  if (!isObject(p) || typeof p.type !== "string")
    return `property '${name}' has no type (each property is a data type with a type and basicValue)`;
  if ("propertyMetadata" in p) {
    const problem = metadataProblem(name, p.propertyMetadata);
    if (problem) return problem;
  }
  if (p.type === "Entity") {
    const inner = entityProblems(p, profile, true);
    return inner.length ? `property '${name}': ${inner[0]}` : null;
  }
  if (!("basicValue" in p)) return `property '${name}' has no basicValue`;
  // REF DoubleCellValue.basicValue: number; StringCellValue: string; BooleanCellValue: boolean;
  // NUM FormattedNumberCellValue.basicValue: number.
  // NaN and Infinity are no cell values (Excel has no such number): stricter than the type text.
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  const want: Record<string, (v: unknown) => boolean> = {
    Double: finite,
    FormattedNumber: finite,
    String: (v) => typeof v === "string",
    Boolean: (v) => typeof v === "boolean",
  };
  // Other kinds (images, arrays, links) are not modelled: refused, not guessed.
  if (!want[p.type])
    return `property '${name}' is a ${p.type}, which the strict host does not model`;
  if (!want[p.type](p.basicValue))
    return `property '${name}' is a ${p.type} whose basicValue is ${JSON.stringify(p.basicValue)}`;
  // NUM numberFormat: a string ("Number format strings must conform to Excel guidelines");
  // FormattedNumberCellValue's is required (`numberFormat: string`), a Double's optional.
  if (p.type === "FormattedNumber" && !("numberFormat" in p))
    return `property '${name}' is a FormattedNumber without a numberFormat`;
  if ("numberFormat" in p && typeof p.numberFormat !== "string")
    return `property '${name}' has a numberFormat that is not a string`;
  // NUM: a Double's numberFormat is ExcelApi 1.19. An older Excel has no such member and would
  // show the bare number (0.4667 for 46.7%); no text says it ignores it rather than failing, so
  // the host refuses it (stricter). Before 1.19 a FormattedNumber (ExcelApi 1.16) carries a format.
  if (p.type === "Double" && "numberFormat" in p && !supports(profile, "ExcelApi", "1.19"))
    return `property '${name}' is a Double with a numberFormat, which needs ExcelApi 1.19 (this Excel has ${profile.sets.ExcelApi ?? "none"}; use a FormattedNumber)`;
  return null;
}

/**
 * Every reason `profile`'s Excel would not show this entity (empty when it is well formed). Excel
 * itself says nothing: CFDT (IMPORTANT note) — a malformed entity from a custom function (there:
 * referencedValues on a nested entity) "causes Excel to return a #VALUE! error with no JavaScript
 * exception or detailed diagnostics". The host shows #VALUE! too and keeps these reasons for the
 * test to read.
 */
export function entityProblems(v: unknown, profile: HostProfile, nested = false): string[] {
  const out: string[] = [];
  // REF EntityCellValue.type is the one required member: CellValueType.entity, "Entity".
  if (!isObject(v) || v.type !== "Entity") return ["type is not 'Entity'"];
  // REF: text, "the text shown when a cell with this value is rendered", is optional in the type;
  // without it the cell and the card have no name. Stricter: required.
  if (typeof v.text !== "string" || v.text.trim() === "") out.push("text is missing or empty");
  // DTC: "The basicValue is read-only for … EntityCellValue" (and basicType always read-only):
  // an add-in sets neither. Stricter: refused when set to anything but what Excel reports.
  if ("basicValue" in v && v.basicValue !== "#VALUE!") out.push("basicValue is read-only");
  if ("basicType" in v && v.basicType !== "Error") out.push("basicType is read-only");
  // CFDT (IMPORTANT): referencedValues only on the root-level entity, else #VALUE!.
  if (nested && "referencedValues" in v) out.push("referencedValues on a nested entity");
  const props = v.properties;
  if (props !== undefined && !isObject(props)) out.push("properties is not an object");
  const names = isObject(props) ? Object.keys(props) : [];
  const seen = new Map<string, string>();
  for (const name of names) {
    // Field names are read back by name (`=A1.[Name]`, FIELDVALUE(A1,"Name")). No Microsoft text
    // states name rules; the host refuses what a field reference could not name: an empty name,
    // "[" or "]" (they delimit `.[…]`), and two names that differ only in case (Excel matches
    // names without case, as its defined names and table columns).
    if (name.trim() === "") out.push("a property has an empty name");
    if (/[[\]]/.test(name)) out.push(`property name '${name}' holds [ or ]`);
    const folded = name.toLowerCase();
    if (seen.has(folded))
      out.push(`property names '${seen.get(folded)}' and '${name}' differ only in case`);
    seen.set(folded, name);
    const problem = propertyProblem(name, (props as Record<string, unknown>)[name], profile);
    if (problem) out.push(problem);
  }
  const layouts = v.layouts;
  if (layouts !== undefined) {
    if (!isObject(layouts)) return [...out, "layouts is not an object"];
    // REF EntityCompactLayout.icon: a string (an EntityCompactLayoutIcons name).
    if (
      isObject(layouts.compact) &&
      "icon" in layouts.compact &&
      typeof layouts.compact.icon !== "string"
    )
      out.push("layouts.compact.icon is not a string");
    const card = layouts.card;
    if (card !== undefined) {
      if (!isObject(card)) return [...out, "layouts.card is not an object"];
      // CARD, Card layout: "A nested data type must be defined in properties before it can be
      // assigned in layouts to display on the card."
      const known = (p: unknown) => typeof p === "string" && names.includes(p);
      // META excludeFrom.cardView keeps a property off the card; no text says what a layout that
      // names it does. Stricter: refused.
      const offCard = (p: unknown) =>
        known(p) && excluded((props as Record<string, PropertyModel>)[p as string], "cardView");
      for (const key of ["title", "subTitle", "mainImage"] as const) {
        const ref = card[key];
        if (ref === undefined || (key === "title" && typeof ref === "string")) continue;
        if (!isObject(ref) || !known(ref.property))
          out.push(`layouts.card.${key} names no property of the entity`);
        else if (offCard(ref.property))
          out.push(`layouts.card.${key} names '${String(ref.property)}', excluded from the card`);
      }
      const sections = card.sections;
      if (sections !== undefined && !Array.isArray(sections))
        out.push("layouts.card.sections is not an array");
      for (const [i, s] of (Array.isArray(sections) ? sections : []).entries()) {
        // REF CardLayoutListSection / CardLayoutTableSection: layout "List" or "Table"; CARD (TIP):
        // "the "TwoColumn" layout is only available in preview": refused here.
        if (!isObject(s) || (s.layout !== "List" && s.layout !== "Table")) {
          out.push(`section ${i + 1}: layout is not "List" or "Table"`);
          continue;
        }
        // REF CardLayoutSectionStandardProperties.properties: string[], required.
        if (!Array.isArray(s.properties)) out.push(`section ${i + 1} has no properties list`);
        else
          for (const p of s.properties)
            if (!known(p)) out.push(`section ${i + 1} names '${String(p)}', which is no property`);
            else if (offCard(p))
              out.push(`section ${i + 1} names '${String(p)}', excluded from the card`);
      }
    }
  }
  return out;
}

/**
 * The properties the card would not show, though not excluded from it. CARD, Card properties: "After
 * defining a nested data type in properties, it must be assigned in the layouts property to display
 * on the card." A property with META excludeFrom.cardView is meant to be off the card.
 */
export function propertiesOffCard(e: EntityModel): string[] {
  const card = e.layouts?.card;
  const on = new Set<string>(card?.sections?.flatMap((s) => s.properties) ?? []);
  for (const ref of [card?.title, card?.subTitle, card?.mainImage])
    if (ref && typeof ref === "object") on.add(ref.property);
  return Object.entries(e.properties ?? {})
    .filter(([p, value]) => !on.has(p) && !excluded(value, "cardView"))
    .map(([p]) => p);
}

/**
 * What a cell shows for an entity a custom function returned: the entity where this Excel takes
 * data types from custom functions and it is well formed; #VALUE! otherwise (DTC, Entity values:
 * where "the minimum compatibility requirements to use data types aren't met … this entity data
 * type displays as a #VALUE! error in the Excel UI"; CFDT for a malformed one).
 */
export function entityCell(
  v: Record<string, unknown>,
  /** The Excel the cell is in; null where it takes no data types from custom functions. */
  profile: HostProfile | null,
  report: (problems: string[]) => void
): Scalar {
  if (!profile || !entitiesSupported(profile)) {
    report([
      "this Excel does not take data types from custom functions (CustomFunctionsRuntime 1.4)",
    ]);
    return { error: "#VALUE!" };
  }
  const problems = entityProblems(v, profile);
  if (problems.length) {
    report(problems);
    return { error: "#VALUE!" };
  }
  const cell: EntityScalar = {
    error: "#VALUE!",
    entity: JSON.parse(JSON.stringify(v)) as EntityModel,
  };
  return cell;
}

/**
 * FIELDVALUE(value, field_name) and `=A1.[Field]`: the field's value (FV: "If you try to retrieve
 * data from a non-existent data type field, the FIELDVALUE function will return the #FIELD! error").
 * Names match without case (see the name rule above). A property with META excludeFrom.dotNotation
 * ("excluded from the properties which can be accessed via the FIELDVALUE function") is not found.
 * A value that is no entity: #VALUE! (no text says which error Excel gives; the host picks the
 * generic one).
 */
export function fieldValue(v: Value, field: Scalar): Scalar {
  if (!isEntityScalar(v)) return typeof v === "object" && "error" in v ? v : { error: "#VALUE!" };
  const name = String(field).toLowerCase();
  const key = Object.keys(v.entity.properties).find((k) => k.toLowerCase() === name);
  const p = key === undefined ? undefined : v.entity.properties[key];
  if (p === undefined || excluded(p, "dotNotation")) return { error: "#FIELD!" };
  return p.type === "Entity"
    ? ({ error: "#VALUE!", entity: p as unknown as EntityModel } as EntityScalar)
    : (p.basicValue as Scalar);
}

/** A cell's value as Range.valuesAsJson gives it (REF CellValue: type, basicValue, basicType). */
export function valueAsJson(v: Scalar): unknown {
  if (isEntityScalar(v)) return JSON.parse(JSON.stringify(v.entity));
  if (typeof v === "object") return { type: "Error", basicType: "Error", basicValue: v.error };
  if (typeof v === "number") return { type: "Double", basicType: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: v };
  if (v === "") return { type: "Empty", basicType: "Empty", basicValue: "" };
  return { type: "String", basicType: "String", basicValue: v };
}
