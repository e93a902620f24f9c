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
 * - Figures carry their number format in the value (FormattedNumberCellValue reference: "the format
 *   is applied to the value and not to the cell"): DoubleCellValue.numberFormat is ExcelApi 1.19
 *   ("[Api set: ExcelApi 1.19]" on the member); before it, FormattedNumberCellValue (type
 *   "FormattedNumber", ExcelApi 1.16) holds the format, deprecated from 1.19 ("As of ExcelApi 1.19,
 *   use DoubleCellValue instead"). So a Double with its format where the host has 1.19, a
 *   FormattedNumber on 1.16-1.18: never a bare 0.4667 where the card means 46.7%.
 * - A property's name is its key in `properties`, and FIELDVALUE and `=A1.[…]` read it by that key;
 *   nothing gives a property a display name apart from its key (CellValuePropertyMetadata has only
 *   attribution, excludeFrom and sublabel, ExcelApi 1.16). The card is in Office's language; so that
 *   a formula written in one Office language still finds its field when a colleague's Office, in
 *   another, recalculates, each figure is also there under its name in the other two languages,
 *   kept off the card, out of autocomplete and out of the recalculation compare
 *   (CellValuePropertyMetadataExclusions: cardView, autoComplete, calcCompare).
 */
import {
  type CardMetric,
  cardFieldName,
  cardSectionTitle,
  cardTextField,
  type CardTextField,
  CARD_TYPES,
  type TerritoryCard,
} from "../analysis/territoryCard";
import { type Lang, LANGS } from "../domain/lang";
import { hasExcelApi, isSetSupported } from "../host/requirements";

/** The requirement sets an entity value from a custom function needs (see above). */
export const ENTITY_REQUIREMENTS = [
  ["CustomFunctionsRuntime", "1.4"],
  ["ExcelApi", "1.16"],
] as const;

/** DoubleCellValue.numberFormat (see above). */
export const DOUBLE_NUMBER_FORMAT_API = "1.19";

/**
 * Whether this Excel shows an entity value a custom function returns. No Office (tests, the CLI)
 * or a host that cannot say: no.
 */
export function entityValuesSupported(): boolean {
  return ENTITY_REQUIREMENTS.every(([set, version]) => isSetSupported(set, version));
}

/** What the entity may use on this Excel beyond ExcelApi 1.16. */
export interface EntityFeatures {
  /** ExcelApi 1.19: a Double carries its numberFormat; before it a FormattedNumber does. */
  doubleNumberFormat: boolean;
}

/** The features of the Excel the function runs in. */
export function entityFeatures(): EntityFeatures {
  return { doubleNumberFormat: hasExcelApi(DOUBLE_NUMBER_FORMAT_API) };
}

/** Number formats in en-US, as a cell value's numberFormat is given (EntityCellValue reference). */
export const CARD_FORMATS: Record<CardMetric, string> = {
  coverage: "0.0%",
  covered: "#,##0",
  total: "#,##0",
  stated: "0.0%",
  rank: "0",
  change: "+0.0%;-0.0%;0.0%",
};

type CellValue = Excel.DoubleCellValue | Excel.FormattedNumberCellValue | Excel.StringCellValue;

const text = (value: string): Excel.StringCellValue => ({ type: "String", basicValue: value });

/** A figure with its format, in the form this Excel reads (see above). */
export function formattedNumber(
  value: number,
  numberFormat: string,
  features: EntityFeatures
): Excel.DoubleCellValue | Excel.FormattedNumberCellValue {
  return features.doubleNumberFormat
    ? { type: "Double", basicValue: value, numberFormat }
    : { type: "FormattedNumber", basicValue: value, numberFormat };
}

/** A field under another language's name: readable by FIELDVALUE and `=A1.[…]`, nowhere else. */
const ALIAS_METADATA: Excel.CellValuePropertyMetadata = {
  excludeFrom: { cardView: true, autoComplete: true, calcCompare: true },
};

const ICONS: Record<TerritoryCard["territory"]["kind"], string> = {
  country: "Globe",
  region: "Map",
  "republican-city": "City",
  "city-group": "City",
};

/**
 * The card as an Excel entity value: the name in the cell, every figure a field and on the card,
 * each field also under its names in the other languages (off the card).
 */
export function territoryEntity(
  card: TerritoryCard,
  features: EntityFeatures
): Excel.EntityCellValue {
  const properties: Record<string, Excel.EntityPropertyType> = {};
  /** Names taken so far, without case (Excel matches field names without case). */
  const taken = new Set<string>();
  /** Puts the value under its name in the card's language, and under the other languages' names. */
  const put = (name: (lang: Lang) => string, value: CellValue): string => {
    const shown = name(card.lang);
    properties[shown] = value;
    taken.add(shown.toLowerCase());
    for (const lang of LANGS) {
      const alias = name(lang);
      if (taken.has(alias.toLowerCase())) continue;
      taken.add(alias.toLowerCase());
      properties[alias] = { ...value, propertyMetadata: ALIAS_METADATA };
    }
    return shown;
  };
  const field = (f: CardTextField, value: string) =>
    put((lang) => cardTextField(f, lang), text(value));

  const name = field("name", card.name);
  const region = card.region ? field("region", card.region) : null;
  const head = [field("period", card.period)];
  if (card.previous) head.push(field("previous", card.previous));
  if (card.notes.length) head.push(field("notes", card.notes.join(" ")));
  const sections: Excel.CardLayoutSection[] = [{ layout: "List", properties: head }];
  for (const measure of card.measures)
    for (const orgType of CARD_TYPES) {
      const names = card.figures
        .filter((f) => f.measure === measure && f.orgType === orgType)
        .map((f) =>
          put(
            (lang) => cardFieldName(measure, orgType, f.metric, lang),
            formattedNumber(f.value, CARD_FORMATS[f.metric], features)
          )
        );
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
        title: { property: name },
        ...(region ? { subTitle: { property: region } } : {}),
        sections,
      },
    },
  };
}
