/**
 * Why a territory has no figure for a measure: the report lists that measure at the other level
 * (video by the 20 regions; guards, panic buttons and turnstiles by the large-city groups). One
 * sentence, used by the parser (an item in the wrong list) and the functions (a wrong argument).
 */
import { type Measure, measureInfo } from "./measures";
import { cityGroupsIn, type Territory, territoryById } from "./territories";

const MEASURE_PHRASE: Record<Measure, string> = {
  video: "Video surveillance linked to the police centres (ЦОУ)",
  guard: "Licensed security guards",
  panic: "Panic buttons",
  turnstile: "Turnstiles",
};

export function reportedElsewhere(t: Territory, measure: Measure): string {
  const info = measureInfo(measure);
  if (info.level === "city") {
    const cities = cityGroupsIn(t.id).map((c) => c.nameRu);
    const list = cities.length ? ` Its cities in the data: ${cities.join(", ")}.` : "";
    return `${MEASURE_PHRASE[measure]} are reported for the large cities, not for ${t.nameRu}.${list}`;
  }
  const region = territoryById(t.regionId);
  return `${MEASURE_PHRASE[measure]} is reported by region, not for the city ${t.nameRu}; see ${region?.nameRu ?? t.regionId}.`;
}
