/**
 * Why a territory has no figure for a measure: the report lists that measure at the other level
 * (video by the 20 regions; guards, panic buttons and turnstiles by the large-city groups). One
 * sentence, used by the parser (an item in the wrong list) and the functions (a wrong argument).
 */
import { type Level, type Measure, measureInfo } from "./measures";
import { elsewhereText } from "./nameMessages";
import { cityGroupsIn, type Territory, territoryById } from "./territories";

/** What {@link reportedElsewhere} says, as plain facts (the parser's issues carry them as params). */
export interface ElsewhereFacts {
  measure: Measure;
  level: Level;
  /** The territory's name (Russian, as in the data). */
  territory: string;
  /** For a city-level measure: the territory's city groups in the data, ", "-joined ("" for none). */
  cities: string;
  /** For a region-level measure: the region the city belongs to. */
  region: string;
}

export function elsewhereFacts(t: Territory, measure: Measure): ElsewhereFacts {
  const level = measureInfo(measure).level;
  return {
    measure,
    level,
    territory: t.nameRu,
    cities:
      level === "city"
        ? cityGroupsIn(t.id)
            .map((c) => c.nameRu)
            .join(", ")
        : "",
    region: level === "city" ? "" : (territoryById(t.regionId)?.nameRu ?? t.regionId),
  };
}

export function reportedElsewhere(t: Territory, measure: Measure): string {
  return elsewhereText(elsewhereFacts(t, measure), "en");
}
