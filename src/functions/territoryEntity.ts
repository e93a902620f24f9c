/*
 * EDU.TERRITORY's answer as Excel shows it: an entity value (a data type with a card) built from the
 * card's data (analysis/territoryCard.ts), or, where this Excel cannot show a data type a custom
 * function returns, the territory's official name as text.
 *
 * Sources (learn.microsoft.com/office/dev/add-ins, and the Excel API reference):
 * - Custom functions return data types from CustomFunctionsRuntime 1.4 ("Requirement set 1.4
 *   includes custom functions integration with data types and the allowCustomDataForDataTypeAny
 *   JSON manifest property"): Excel on the web, Microsoft 365 on Windows from Version 2208 (Build
 *   15601.20148), Mac from 16.64; "Not supported" on retail and volume-licensed perpetual Office
 *   (Excel 2021, 2024) and on iPad (Custom Functions requirement sets).
 * - The entity schema (EntityCellValue, card layouts) is ExcelApi 1.16 ("ExcelApi 1.16 added the
 *   data types APIs"), on the same Windows and Mac builds (Excel JavaScript API requirement sets).
 * - Where the requirements are not met, an entity "displays as a #VALUE! error in the Excel UI"
 *   (Excel data types core concepts, Entity values): hence the name as text there, never #VALUE!.
 * - functions.json must hold allowCustomDataForDataTypeAny: true (Custom functions and data types,
 *   "Enable data types for custom functions"); custom-functions-metadata writes it.
 * - Each property is a cell value with `type` and `basicValue` ("Each nested property, or data type,
 *   must have a type and basicValue setting"), and a property shows on the card only where
 *   layouts.card names it (Use cards with cell value data types, Card properties / Card layout).
 */
import {
  type CardMetric,
  cardFieldName,
  cardSectionTitle,
  cardTextField,
  CARD_TYPES,
  type TerritoryCard,
} from "../analysis/territoryCard";

/** The requirement sets an entity value from a custom function needs (see above). */
export const ENTITY_REQUIREMENTS = [
  ["CustomFunctionsRuntime", "1.4"],
  ["ExcelApi", "1.16"],
] as const;

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

/**
 * Whether this Excel shows an entity value a custom function returns
 * (Office.context.requirements.isSetSupported, Common API; the shared runtime has Office).
 * No Office (tests, the CLI) or a host that cannot say: no.
 */
export function entityValuesSupported(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const requirements = office?.context?.requirements;
  if (typeof requirements?.isSetSupported !== "function") return false;
  try {
    return ENTITY_REQUIREMENTS.every(([set, version]) => requirements.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** Number formats in en-US, as a DoubleCellValue's numberFormat is given (EntityCellValue reference). */
export const CARD_FORMATS: Record<CardMetric, string> = {
  coverage: "0.0%",
  covered: "#,##0",
  total: "#,##0",
  stated: "0.0%",
  rank: "0",
  change: "+0.0%;-0.0%;0.0%",
};

const text = (value: string): Excel.StringCellValue => ({ type: "String", basicValue: value });

const ICONS: Record<TerritoryCard["territory"]["kind"], string> = {
  country: "Globe",
  region: "Map",
  "republican-city": "City",
  "city-group": "City",
};

/** The card as an Excel entity value: the name in the cell, every figure a field and on the card. */
export function territoryEntity(card: TerritoryCard): Excel.EntityCellValue {
  const label = (f: Parameters<typeof cardTextField>[0]) => cardTextField(f, card.lang);
  const properties: Record<string, Excel.EntityPropertyType> = {
    [label("name")]: text(card.name),
  };
  if (card.region) properties[label("region")] = text(card.region);
  const head = [label("period")];
  properties[label("period")] = text(card.period);
  if (card.previous) {
    properties[label("previous")] = text(card.previous);
    head.push(label("previous"));
  }
  if (card.notes.length) {
    properties[label("notes")] = text(card.notes.join(" "));
    head.push(label("notes"));
  }
  const sections: Excel.CardLayoutSection[] = [{ layout: "List", properties: head }];
  for (const measure of card.measures)
    for (const orgType of CARD_TYPES) {
      const names = card.figures
        .filter((f) => f.measure === measure && f.orgType === orgType)
        .map((f) => {
          const name = cardFieldName(measure, orgType, f.metric, card.lang);
          const value: Excel.DoubleCellValue = {
            type: "Double",
            basicValue: f.value,
            numberFormat: CARD_FORMATS[f.metric],
          };
          properties[name] = value;
          return name;
        });
      if (names.length)
        sections.push({
          layout: "List",
          title: cardSectionTitle(measure, orgType, card.lang),
          collapsible: true,
          // All types open; each type's own figures a click away.
          collapsed: orgType !== "all",
          properties: names,
        });
    }
  return {
    type: "Entity",
    text: card.name,
    properties,
    layouts: {
      compact: { icon: ICONS[card.territory.kind] },
      card: {
        title: { property: label("name") },
        ...(card.region ? { subTitle: { property: label("region") } } : {}),
        sections,
      },
    },
  };
}
