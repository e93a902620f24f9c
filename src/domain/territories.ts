import { CITY_GROUP_FACTS, REGION_FACTS } from "./gazetteerData";
import type { Lang } from "./lang";
import type { Level } from "./measures";

export type TerritoryKind = "country" | "republican-city" | "region" | "city-group";

export interface Territory {
  /** ISO 3166-2:KZ code for regions and cities of republican significance, `city:<slug>` for city groups, `KZ` for the country. */
  id: string;
  kind: TerritoryKind;
  /** The report lists that name this territory: by region (video) and/or as a large city (the rest). */
  levels: readonly Level[];
  iso: string | null;
  oldIso: string | null;
  /** Russian name for display: "Алматы", "Алматинская область", "Караганда и Темиртау". */
  nameRu: string;
  nameEn: string;
  /** The official Kazakh name: "Алматы", "Алматы облысы", "Қарағанды және Теміртау". */
  nameKk: string;
  /** The region (ISO code) a city group lies in; for a region or city of republican significance, itself. */
  regionId: string;
  /** The cities of a city group (Russian names); empty for a region. */
  cities: readonly string[];
}

export const COUNTRY: Territory = {
  id: "KZ",
  kind: "country",
  levels: ["region", "city"],
  iso: "KZ",
  oldIso: null,
  nameRu: "Казахстан",
  nameEn: "Kazakhstan",
  nameKk: "Қазақстан",
  regionId: "KZ",
  cities: [],
};

function buildTerritories(): Territory[] {
  const out: Territory[] = [];
  for (const r of REGION_FACTS) {
    out.push({
      id: r.iso,
      kind: r.republicanCity ? "republican-city" : "region",
      levels: r.republicanCity ? ["region", "city"] : ["region"],
      iso: r.iso,
      oldIso: r.oldIso ?? null,
      nameRu: r.ru[0],
      nameEn: r.en[0],
      nameKk: r.kk[0],
      regionId: r.iso,
      cities: r.republicanCity ? [r.ru[0]] : [],
    });
  }
  for (const g of CITY_GROUP_FACTS) {
    if (out.some((t) => t.id === g.id)) continue; // a city of republican significance, already listed
    out.push({
      id: g.id,
      kind: "city-group",
      levels: ["city"],
      iso: null,
      oldIso: null,
      nameRu: g.cities.map((c) => c.ru).join(" и "),
      nameEn: g.cities.map((c) => c.other.find((o) => /^[A-Za-z]/.test(o)) ?? c.ru).join(" and "),
      nameKk: g.cities.map((c) => c.kk).join(" және "),
      regionId: g.regionIso,
      cities: g.cities.map((c) => c.ru),
    });
  }
  return out;
}

/** The 20 regions (3 cities of republican significance + 17 regions) and the 17 other large-city groups. */
export const TERRITORIES: readonly Territory[] = buildTerritories();

const BY_ID = new Map<string, Territory>([...TERRITORIES, COUNTRY].map((t) => [t.id, t]));

export function territoryById(id: string): Territory | undefined {
  return BY_ID.get(id);
}

/** The territories a report lists for a level, in the report's order. */
export function territoriesAt(level: Level): Territory[] {
  if (level === "region") return REGION_FACTS.map((r) => BY_ID.get(r.iso)!);
  return CITY_GROUP_FACTS.map((g) => BY_ID.get(g.id)!);
}

/** A territory's name in a language: the official Russian, English or Kazakh form. */
export function territoryName(t: Territory, lang: Lang): string {
  return lang === "kk" ? t.nameKk : lang === "en" ? t.nameEn : t.nameRu;
}

/** Russian names as the data keeps them (territories, their cities) → their official Kazakh forms. */
const KAZAKH_BY_RUSSIAN = new Map<string, string>([
  ...CITY_GROUP_FACTS.flatMap((g) => g.cities.map((c): [string, string] => [c.ru, c.kk])),
  ...[...TERRITORIES, COUNTRY].map((t): [string, string] => [t.nameRu, t.nameKk]),
]);

/**
 * "Алматинская область" → "Алматы облысы": a territory's (or a city's) Russian name, as the data
 * and the messages' params keep it, in its official Kazakh form; any other text (a name as someone
 * typed it) as it is.
 */
export function kazakhName(nameRu: string): string {
  return KAZAKH_BY_RUSSIAN.get(nameRu) ?? nameRu;
}

/** A ", "-joined list of Russian names (a message's candidates, cities), each in Kazakh. */
export function kazakhNames(list: string): string {
  return list
    .split(", ")
    .map((name) => kazakhName(name))
    .join(", ");
}

/** The city groups that lie in a region (for "turnstiles are reported for its cities: …"). */
export function cityGroupsIn(regionId: string): Territory[] {
  return territoriesAt("city").filter((t) => t.regionId === regionId);
}
